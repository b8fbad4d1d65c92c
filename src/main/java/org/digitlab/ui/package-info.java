/**
 * The JavaFX window: views (FXML in {@code fxml/}, styles in {@code css/}) and their view-models,
 * one sub-package per feature, plus what features share: {@code controls} (custom controls),
 * {@code strokes} (the drawing as data), {@code common} (newest-wins background work, error
 * words), {@code state} (the current model, the probe board) and {@code measure} (measurements
 * switched on by system properties). The only package that uses JavaFX. It reaches the engine
 * through {@link org.digitlab.engine.Engine}; {@link org.digitlab.ui.DigitLabApp}, the
 * composition root, is the one class that names its implementation.
 */
package org.digitlab.ui;
