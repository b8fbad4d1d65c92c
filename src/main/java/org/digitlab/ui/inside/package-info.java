/**
 * Inside the network, for the drawing on the Draw view: the preprocessing inspector (each step
 * from canvas to model input, with steps to switch off), the network's filters, feature maps,
 * weights and activations, and the probe digits whose probabilities training records.
 */
package org.digitlab.ui.inside;
