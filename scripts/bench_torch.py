#!/usr/bin/env python3
"""PyTorch twin of `digitlab bench`: the same presets, the same MNIST slice, examples per second.

Run with Debian's python3-torch (/usr/bin/python3). Prints one JSON line, like `digitlab bench`.
The first epoch is a warm-up; the median of the others is reported, and the first one on its own
(`--epochs 1`: the first epoch of a fresh process, as a user's first epoch).
"""
import argparse
import gzip
import json
import os
import statistics
import time

import numpy as np
import torch
from torch import nn


def read_idx(path):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    with opener(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def mnist_train(limit):
    home = os.environ.get("DIGITLAB_HOME", os.path.join(os.path.expanduser("~"), ".digitlab"))
    folder = os.path.join(home, "datasets", "mnist")
    images = read_idx(os.path.join(folder, "train-images-idx3-ubyte"))[:limit]
    labels = read_idx(os.path.join(folder, "train-labels-idx1-ubyte"))[:limit]
    return torch.from_numpy(images.astype(np.float32) / 255.0), torch.from_numpy(labels.astype(np.int64))


def uncentered(images, seed=1):
    """Notebook 001's moved digits: each 28x28 digit at a random place on a 56x56 canvas."""
    rng = np.random.default_rng(seed)
    out = torch.zeros((images.shape[0], 56, 56))
    for i, (r, c) in enumerate(rng.integers(0, 29, size=(images.shape[0], 2))):
        out[i, r:r + 28, c:c + 28] = images[i]
    return out


def model(arch):
    """The presets of ../shared/architectures.md, channels-first as PyTorch wants them."""
    if arch == "mlp-512-256":
        return nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 256), nn.ReLU(),
                             nn.Linear(256, 10)), "adam", 1e-3, 1024
    if arch == "lenet5":
        return nn.Sequential(nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2, stride=1),
                             nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
                             nn.Conv2d(16, 120, 5), nn.Tanh(), nn.Flatten(),
                             nn.Linear(3000, 84), nn.Tanh(), nn.Linear(84, 10)), "sgd", 0.01, 32
    if arch == "lenet5-classic":
        return nn.Sequential(nn.ZeroPad2d(2), nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2),
                             nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
                             nn.Conv2d(16, 120, 5), nn.Tanh(), nn.Flatten(),
                             nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10)), "adam", 1e-3, 128
    if arch == "cnn-3conv":
        return nn.Sequential(nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(64, 64, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                             nn.Linear(256, 64), nn.ReLU(), nn.Linear(64, 10)), "adam", 1e-3, 256
    if arch == "mlp-512-256-uncentered":
        return nn.Sequential(nn.Flatten(), nn.Linear(3136, 512), nn.ReLU(), nn.Linear(512, 256), nn.ReLU(),
                             nn.Linear(256, 10)), "adam", 1e-3, 1024
    if arch == "cnn-3conv-uncentered":
        return nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(64, 64, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                             nn.Linear(1600, 64), nn.ReLU(), nn.Linear(64, 10)), "adam", 1e-3, 256
    raise SystemExit(f"unknown arch {arch}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", required=True)
    parser.add_argument("--examples", type=int, default=10000)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    net, optimizer_name, lr, batch = model(args.arch)
    images, labels = mnist_train(args.examples)
    if args.arch.endswith("-uncentered"):
        images = uncentered(images)
    images = images.unsqueeze(1)  # (N, 1, 28, 28) or (N, 1, 56, 56)
    if optimizer_name == "adam":
        optimizer = torch.optim.Adam(net.parameters(), lr=lr, eps=1e-7)
    else:
        optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    speeds = []
    for epoch in range(args.epochs):
        order = torch.randperm(args.examples)
        correct = 0
        start = time.perf_counter()
        for i in range(0, args.examples, batch):
            idx = order[i:i + batch]
            x, y = images[idx], labels[idx]
            optimizer.zero_grad(set_to_none=True)
            out = net(x)
            loss = loss_fn(out, y)
            loss.backward()
            optimizer.step()
            correct += (out.argmax(1) == y).sum().item()  # as the app counts training accuracy
            loss.item()  # as the app reads each batch's loss
        speeds.append(args.examples / (time.perf_counter() - start))
    rest = sorted(speeds[1:]) or speeds
    print(json.dumps({"framework": "pytorch", "arch": args.arch, "batch": batch, "examples": args.examples,
                      "median_ex_per_s": round(statistics.median(rest), 1), "epochs_ex_per_s": rest,
                      "first_epoch_ex_per_s": round(speeds[0], 1),
                      "torch": torch.__version__, "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
