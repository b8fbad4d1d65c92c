/**
 * The collect, test and teach loop of the Draw view: a class draws digits into a set of its own
 * ({@link org.digitlab.ui.collect.CollectViewModel}), sees how many of each digit it has, and
 * teaches the current model its handwriting ({@link org.digitlab.ui.collect.TeachViewModel}).
 * The sets are stored by {@code data.collected}; testing a model on them is the Evaluation view's.
 */
package org.digitlab.ui.collect;
