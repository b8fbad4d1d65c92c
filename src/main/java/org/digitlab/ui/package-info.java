/**
 * The JavaFX window: views (FXML in {@code fxml/}, styles in {@code css/}) and their view-models.
 * The only package that uses JavaFX; it reaches the engine through the training and inference
 * packages.
 */
package org.digitlab.ui;
