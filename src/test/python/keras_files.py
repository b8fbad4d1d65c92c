#!/usr/bin/env python3
"""Keras model files for the import tests, written without Keras, and Keras' forward pass in numpy.

The tests need Keras files of each format Digit Lab reads, and predictions computed
independently of Digit Lab's reader. Keras itself is too big for the test machine, so this script
writes the files with h5py following Keras' own layout for each version, and computes the
predictions from the written file with numpy, as Keras defines each layer:

  Keras 2 HDF5 (model.save('m.h5'), Keras 2.x): root attributes keras_version, backend,
      model_config (JSON, 'batch_input_shape'), training_config; weights under
      model_weights/<layer>/<layer>/kernel:0 with the 'weight_names' attribute.
  Keras 3 legacy HDF5 (model.save('m.h5'), Keras 3.x): the same groups, a Keras 3 config
      ('batch_shape', dtype policies as objects, 'module' keys) and variables named by path.
  Keras 3 .keras: a zip of config.json, metadata.json and model.weights.h5, whose groups are
      layers/<class in snake case>[_n]/vars/0..n, named by class and order, not by layer name.

Usage:
  keras_files.py write SPEC.json OUT_DIR    writes keras2.h5, keras3.h5 and model.keras
  keras_files.py predict MODEL.h5 IMAGES.npy OUT.npy     probabilities (N, classes), float32
  keras_files.py accuracy MODEL.h5 IDX_IMAGES IDX_LABELS  prints the accuracy on an IDX set

SPEC.json: {"input": [h, w, c], "layers": [{"class": "Conv2D", "config": {...}, "weights":
["a.npy", ...]}], "seed": 1}. A layer's config holds the Keras arguments that matter (filters,
kernel_size, strides, padding, activation, units, pool_size, rate, epsilon, ...). Weights are in
Keras' shapes (Conv2D kernel (kh, kw, in, out)); a layer without "weights" gets random ones.
"""
import io
import json
import re
import sys
import zipfile

import h5py
import numpy as np


def snake(name):
    """keras.src.utils.naming.to_snake_case."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def keras_name(cls, counts):
    """Keras' automatic layer names: dense, dense_1, conv2d, ..."""
    base = snake(cls)
    n = counts.get(base, 0)
    counts[base] = n + 1
    return base if n == 0 else f"{base}_{n}"


# ---------------------------------------------------------------- shapes and weights

def pair(v):
    return list(v) if isinstance(v, (list, tuple)) else [v, v]


def output_shape(cls, cfg, shape):
    if cls == "Conv2D":
        k, s = pair(cfg["kernel_size"]), pair(cfg.get("strides", 1))
        h, w = spatial(shape[0], shape[1], k, s, cfg.get("padding", "valid"))
        return [h, w, cfg["filters"]]
    if cls in ("MaxPooling2D", "AveragePooling2D"):
        p = pair(cfg.get("pool_size", 2))
        s = pair(cfg.get("strides") or p)
        h, w = spatial(shape[0], shape[1], p, s, "valid")
        return [h, w, shape[2]]
    if cls == "ZeroPadding2D":
        p = cfg.get("padding", 1)
        return [shape[0] + 2 * p, shape[1] + 2 * p, shape[2]]
    if cls == "Flatten":
        return [int(np.prod(shape))]
    if cls == "Dense":
        return [cfg["units"]]
    return shape


def spatial(h, w, k, s, padding):
    if padding == "same":
        return -(-h // s[0]), -(-w // s[1])
    return (h - k[0]) // s[0] + 1, (w - k[1]) // s[1] + 1


def weight_shapes(cls, cfg, shape):
    if cls == "Conv2D":
        k = pair(cfg["kernel_size"])
        shapes = [(k[0], k[1], shape[-1], cfg["filters"])]
        return shapes + ([(cfg["filters"],)] if cfg.get("use_bias", True) else [])
    if cls == "Dense":
        shapes = [(shape[-1], cfg["units"])]
        return shapes + ([(cfg["units"],)] if cfg.get("use_bias", True) else [])
    if cls == "BatchNormalization":
        n = shape[-1]
        count = 2 + int(cfg.get("scale", True)) + int(cfg.get("center", True))
        return [(n,)] * count
    return []


def weight_names(cls, cfg):
    if cls in ("Conv2D", "Dense"):
        return ["kernel"] + (["bias"] if cfg.get("use_bias", True) else [])
    if cls == "BatchNormalization":
        return ((["gamma"] if cfg.get("scale", True) else []) + (["beta"] if cfg.get("center", True) else [])
                + ["moving_mean", "moving_variance"])
    return []


def random_weights(cls, cfg, shapes, rng):
    """Random weights that keep random images apart through the layers: batch normalizations
    whose statistics are small, so they amplify differences instead of flattening them."""
    if cls == "BatchNormalization":
        spread = {"gamma": (0.5, 2.0), "beta": (-0.2, 0.2), "moving_mean": (-0.05, 0.05),
                  "moving_variance": (0.01, 0.05)}
        return [rng.uniform(*spread[n], s).astype(np.float32) for n, s in zip(weight_names(cls, cfg), shapes)]
    out = []
    for s in shapes:
        fan = np.prod(s[:-1]) if len(s) > 1 else 4
        out.append((3 * rng.standard_normal(s) / np.sqrt(fan)).astype(np.float32))
    return out


def load_layers(spec_path):
    with open(spec_path) as f:
        spec = json.load(f)
    base = spec_path.rsplit("/", 1)[0] if "/" in spec_path else "."
    rng = np.random.default_rng(spec.get("seed", 1))
    shape, counts, layers = list(spec["input"]), {}, []
    for layer in spec["layers"]:
        cls, cfg = layer["class"], dict(layer.get("config", {}))
        name = layer.get("name") or keras_name(cls, counts)
        shapes = weight_shapes(cls, cfg, shape)
        if "weights" in layer:
            weights = [np.load(f"{base}/{w}").astype(np.float32) for w in layer["weights"]]
            assert [tuple(w.shape) for w in weights] == shapes, (name, [w.shape for w in weights], shapes)
        else:
            weights = random_weights(cls, cfg, shapes, rng)
        layers.append({"class": cls, "name": name, "config": cfg, "weights": weights, "input": shape})
        shape = output_shape(cls, cfg, shape)
    return spec, layers


# ---------------------------------------------------------------- configs

def keras2_layer(layer, first, input_shape):
    cfg = {"name": layer["name"], "trainable": True, "dtype": "float32"}
    if first:
        cfg["batch_input_shape"] = [None] + input_shape
    cfg.update(keras2_args(layer["class"], layer["config"]))
    return {"class_name": layer["class"], "config": cfg}


def keras2_args(cls, cfg):
    c = dict(cfg)
    if cls == "Conv2D":
        c.setdefault("strides", [1, 1])
        c.setdefault("padding", "valid")
        c.update(kernel_size=pair(c["kernel_size"]), strides=pair(c["strides"]), data_format="channels_last",
                 dilation_rate=[1, 1], groups=1, use_bias=c.get("use_bias", True),
                 kernel_initializer={"class_name": "GlorotUniform", "config": {"seed": None}},
                 bias_initializer={"class_name": "Zeros", "config": {}}, kernel_regularizer=None)
        c.setdefault("activation", "linear")
    elif cls in ("MaxPooling2D", "AveragePooling2D"):
        p = pair(c.get("pool_size", 2))
        c.update(pool_size=p, strides=pair(c.get("strides") or p), padding="valid", data_format="channels_last")
    elif cls == "Dense":
        c.setdefault("activation", "linear")
        c.setdefault("use_bias", True)
    elif cls == "BatchNormalization":
        c.update(axis=[3] if c.pop("image", False) else [1], momentum=c.get("momentum", 0.99),
                 epsilon=c.get("epsilon", 0.001), center=c.get("center", True), scale=c.get("scale", True))
    elif cls == "Flatten":
        c["data_format"] = "channels_last"
    return c


def policy():
    return {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": None}


def keras3_layer(layer):
    cfg = {"name": layer["name"], "trainable": True, "dtype": policy()}
    args = keras2_args(layer["class"], layer["config"])
    if layer["class"] == "BatchNormalization":
        args["axis"] = -1
    cfg.update(args)
    return {"module": "keras.layers", "class_name": layer["class"], "config": cfg, "registered_name": None,
            "build_config": {"input_shape": [None] + layer["input"]}}


def model_config(layers, input_shape, version):
    if version == 2:
        inp = {"class_name": "InputLayer", "config": {"batch_input_shape": [None] + input_shape,
                                                     "dtype": "float32", "sparse": False, "ragged": False,
                                                     "name": layers[0]["name"] + "_input"}}
        return {"class_name": "Sequential",
                "config": {"name": "sequential", "layers": [inp] + [keras2_layer(l, i == 0, input_shape)
                                                                     for i, l in enumerate(layers)]}}
    inp = {"module": "keras.layers", "class_name": "InputLayer",
           "config": {"batch_shape": [None] + input_shape, "dtype": "float32", "sparse": False,
                      "name": "input_layer"}, "registered_name": None}
    return {"module": "keras", "class_name": "Sequential",
            "config": {"name": "sequential", "trainable": True, "dtype": policy(),
                       "layers": [inp] + [keras3_layer(l) for l in layers]},
            "registered_name": None, "build_config": {"input_shape": [None] + input_shape},
            "compile_config": compile_config()}


def compile_config():
    return {"optimizer": {"module": "keras.optimizers", "class_name": "Adam",
                          "config": {"name": "adam", "learning_rate": 0.0005, "beta_1": 0.9}, "registered_name": None},
            "loss": "categorical_crossentropy", "metrics": ["accuracy"]}


def training_config():
    return {"loss": "categorical_crossentropy", "metrics": ["accuracy"],
            "optimizer_config": {"class_name": "Adam", "config": {"name": "Adam", "learning_rate": 0.0005}}}


# ---------------------------------------------------------------- writers

def write_h5(path, layers, input_shape, version):
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = "2.15.0" if version == 2 else "3.3.3"
        f.attrs["backend"] = "tensorflow"
        f.attrs["model_config"] = json.dumps(model_config(layers, input_shape, version)).encode("utf8")
        f.attrs["training_config"] = json.dumps(training_config()).encode("utf8")
        g = f.create_group("model_weights")
        g.attrs["layer_names"] = [l["name"].encode("utf8") for l in layers]
        g.attrs["backend"] = b"tensorflow"
        g.attrs["keras_version"] = f.attrs["keras_version"].encode("utf8")
        for layer in sorted(layers, key=lambda l: l["name"]):
            lg = g.create_group(layer["name"])
            names = weight_names(layer["class"], layer["config"])
            # Keras 2: "dense/kernel:0"; Keras 3: the variable's path, "sequential/dense/kernel".
            paths = [f"{layer['name']}/{n}:0" if version == 2 else f"sequential/{layer['name']}/{n}" for n in names]
            lg.attrs["weight_names"] = [p.encode("utf8") for p in paths]
            for p, w in zip(paths, layer["weights"]):
                lg.create_dataset(p, data=w)
        f.create_group("optimizer_weights")


def write_keras(path, layers, input_shape):
    buf = io.BytesIO()
    with h5py.File(buf, "w") as f:
        lg = f.create_group("layers")
        counts = {}
        for layer in layers:
            base = snake(layer["class"])
            n = counts.get(base, -1) + 1
            counts[base] = n
            vg = lg.create_group(base if n == 0 else f"{base}_{n}").create_group("vars")
            for i, w in enumerate(layer["weights"]):
                vg.create_dataset(str(i), data=w)
        f.create_group("optimizer").create_group("vars")
        f.create_group("vars")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("metadata.json", json.dumps({"keras_version": "3.3.3", "date_saved": "2026-11-30@10:00:00"}))
        z.writestr("config.json", json.dumps(model_config(layers, input_shape, 3)))
        z.writestr("model.weights.h5", buf.getvalue())


def write(spec_path, out_dir):
    spec, layers = load_layers(spec_path)
    write_h5(f"{out_dir}/keras2.h5", layers, spec["input"], 2)
    write_h5(f"{out_dir}/keras3.h5", layers, spec["input"], 3)
    write_keras(f"{out_dir}/model.keras", layers, spec["input"])


# ---------------------------------------------------------------- Keras' forward pass in numpy

def read_h5(path):
    """The layers of a file this script wrote, read back from the file itself."""
    with h5py.File(path, "r") as f:
        config = json.loads(f.attrs["model_config"])
        layers = []
        for layer in config["config"]["layers"]:
            if layer["class_name"] == "InputLayer":
                continue
            cfg = layer["config"]
            g = f["model_weights"][cfg["name"]]
            weights = [np.array(g[n.decode() if isinstance(n, bytes) else n]) for n in g.attrs["weight_names"]]
            layers.append((layer["class_name"], cfg, weights))
        return layers


def activation(name, x):
    if name == "relu":
        return np.maximum(x, 0)
    if name == "tanh":
        return np.tanh(x)
    if name == "sigmoid":
        return 1 / (1 + np.exp(-x))
    if name == "softmax":
        e = np.exp(x - x.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
    assert name == "linear", name
    return x


def conv(x, kernel, strides, padding):
    kh, kw = kernel.shape[:2]
    sh, sw = strides
    if padding == "same":  # TensorFlow's: the odd pixel of padding goes to the bottom and right
        h, w = x.shape[1:3]
        ph = max((-(-h // sh) - 1) * sh + kh - h, 0)
        pw = max((-(-w // sw) - 1) * sw + kw - w, 0)
        x = np.pad(x, ((0, 0), (ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)))
    win = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(1, 2))[:, ::sh, ::sw]
    return np.einsum("nhwcij,ijco->nhwo", win, kernel, optimize=True)


def pool(x, size, strides, kind):
    win = np.lib.stride_tricks.sliding_window_view(x, tuple(size), axis=(1, 2))[:, ::strides[0], ::strides[1]]
    return win.max(axis=(4, 5)) if kind == "max" else win.mean(axis=(4, 5))


def forward(layers, x):
    x = x.astype(np.float64)
    for cls, cfg, w in layers:
        if cls == "Conv2D":
            x = conv(x, w[0], cfg["strides"], cfg["padding"]) + (w[1] if len(w) > 1 else 0)
            x = activation(cfg["activation"], x)
        elif cls == "Dense":
            x = x.reshape(len(x), -1)  # a model whose input is a flat row of 784
            x = activation(cfg["activation"], x @ w[0] + (w[1] if len(w) > 1 else 0))
        elif cls in ("MaxPooling2D", "AveragePooling2D"):
            x = pool(x, cfg["pool_size"], cfg["strides"], "max" if cls == "MaxPooling2D" else "avg")
        elif cls == "ZeroPadding2D":
            p = cfg["padding"]
            x = np.pad(x, ((0, 0), (p, p), (p, p), (0, 0)))
        elif cls == "ReLU":
            x = np.maximum(x, 0)
        elif cls == "Flatten":
            x = x.reshape(x.shape[0], -1)  # channels-last: (h, w, c) order
        elif cls == "BatchNormalization":
            i = 0
            gamma = w[i] if cfg.get("scale", True) else 1
            i += int(cfg.get("scale", True))
            beta = w[i] if cfg.get("center", True) else 0
            i += int(cfg.get("center", True))
            x = gamma * (x - w[i]) / np.sqrt(w[i + 1] + cfg["epsilon"]) + beta
        elif cls == "Activation":
            x = activation(cfg["activation"], x)
        elif cls != "Dropout":
            raise ValueError(cls)
    return x


def predict(model_path, images_path, out_path):
    layers = read_h5(model_path)
    np.save(out_path, forward(layers, np.load(images_path)).astype(np.float32))


def read_idx(path):
    with open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)


def accuracy(model_path, images_path, labels_path):
    layers = read_h5(model_path)
    images, labels = read_idx(images_path), read_idx(labels_path)
    h, w = images.shape[1:]
    right = 0
    for start in range(0, len(images), 200):  # ~250 MB of windows for a 32-channel convolution
        x = images[start:start + 200].reshape(-1, h, w, 1) / 255.0
        right += int((forward(layers, x).argmax(axis=1) == labels[start:start + 200]).sum())
    print(json.dumps({"accuracy": right / len(images), "examples": len(images)}))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"write": write, "predict": predict, "accuracy": accuracy}[command](*args)
