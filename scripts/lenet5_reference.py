"""Reference run of notebook 003's LeNet-5 in PyTorch with Keras' initialisation (Glorot-uniform
weights, zero biases) on Keras' split (the last 12,000 training images validate), batch 32, to
compare Digit Lab's learning curve with an independent implementation.

Usage: /usr/bin/python3 scripts/lenet5_reference.py adam|sgd LEARNING_RATE EPOCHS
Needs MNIST in the cache (scripts/fetch-datasets.sh) and Debian's python3-torch.
"""
import os
import sys

import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_torch  # noqa: E402  (the same MNIST reader and model definitions as the benchmark)

TRAIN, BATCH = 48000, 32


def main():
    optimizer_name, lr, epochs = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    torch.manual_seed(1)
    torch.set_num_threads(1)
    images, labels = bench_torch.mnist_train(60000)
    images = images.reshape(-1, 1, 28, 28)
    x, y, xv, yv = images[:TRAIN], labels[:TRAIN], images[TRAIN:], labels[TRAIN:]
    model = bench_torch.model("lenet5")[0]
    for module in model.modules():
        if isinstance(module, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(module.weight)
            nn.init.zeros_(module.bias)
    optimizer = (torch.optim.Adam(model.parameters(), lr=lr, eps=1e-7) if optimizer_name == "adam"
                 else torch.optim.SGD(model.parameters(), lr=lr))
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(1, epochs + 1):
        model.train()
        order, total, correct = torch.randperm(TRAIN), 0.0, 0
        for start in range(0, TRAIN, BATCH):
            idx = order[start:start + BATCH]
            out = model(x[idx])
            loss = loss_fn(out, y[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(idx)
            correct += (out.argmax(1) == y[idx]).sum().item()
        model.eval()
        with torch.no_grad():
            out = model(xv)
            val_loss, val_acc = loss_fn(out, yv).item(), (out.argmax(1) == yv).float().mean().item()
        print(f"Epoch {epoch}/{epochs} - loss: {total / TRAIN:.4f} - acc: {correct / TRAIN:.4f} "
              f"- val_loss: {val_loss:.4f} - val_acc: {val_acc:.4f}", flush=True)


if __name__ == "__main__":
    main()
