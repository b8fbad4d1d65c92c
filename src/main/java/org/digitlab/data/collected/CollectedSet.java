package org.digitlab.data.collected;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.digitlab.data.ImageSet;

/**
 * A set of digits a class drew, a dataset of its own: its id in the datasets folder, the name the
 * class gave it, and its drawings in the order they were kept, at most {@link #MAX_DRAWINGS}.
 */
public record CollectedSet(String id, String name, List<Drawing> drawings) {

    /** Side of the images: MNIST's. */
    public static final int SIDE = 28;
    /**
     * The most drawings a set holds: a class of 30 drawing each digit 30 times is 9,000. At ~4 KB
     * of strokes and 784 bytes of image a drawing, a full set is ~50 MB on disk and in memory.
     */
    public static final int MAX_DRAWINGS = 10_000;
    /** Ids of collected sets start with this, so they never meet a catalog id. */
    public static final String ID_PREFIX = "drawn-";
    /** Longest set name. */
    public static final int MAX_NAME = 60;

    public CollectedSet {
        Objects.requireNonNull(id, "id");
        name = checkName(name);
        drawings = List.copyOf(drawings);
        if (drawings.size() > MAX_DRAWINGS) {
            throw new IllegalArgumentException("a collected set holds at most " + MAX_DRAWINGS + " drawings, got "
                    + drawings.size());
        }
    }

    /** An empty set named {@code name}, with the id that name gives. */
    public static CollectedSet named(String name) {
        return new CollectedSet(idFor(name), name, List.of());
    }

    /**
     * The id a set of this name gets: {@code drawn-} and the name in lower case, letters and
     * digits kept, anything else a dash ("Class 7B" → {@code drawn-class-7b}).
     */
    public static String idFor(String name) {
        String slug = checkName(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return ID_PREFIX + (slug.isEmpty() ? "set" : slug);
    }

    /** The name stripped; refused when blank, too long or holding control characters. */
    public static String checkName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a set needs a name, e.g. \"Class 7B\"");
        }
        if (stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("a set's name has at most " + MAX_NAME + " characters, got "
                    + stripped.length());
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a set's name cannot hold control characters");
        }
        return stripped;
    }

    public static boolean isCollectedId(String id) {
        return id != null && id.startsWith(ID_PREFIX);
    }

    public int size() {
        return drawings.size();
    }

    public boolean isFull() {
        return drawings.size() >= MAX_DRAWINGS;
    }

    /** This set with one more drawing at the end; a full set is refused, saying so. */
    public CollectedSet plus(Drawing drawing) {
        if (isFull()) {
            throw new IllegalStateException("the set '" + name + "' is full: it holds " + MAX_DRAWINGS
                    + " drawings, the most a set keeps; start another set");
        }
        List<Drawing> more = new ArrayList<>(drawings);
        more.add(drawing);
        return new CollectedSet(id, name, more);
    }

    /** This set without the drawing at {@code index}. */
    public CollectedSet minus(int index) {
        List<Drawing> fewer = new ArrayList<>(drawings);
        fewer.remove(index);
        return new CollectedSet(id, name, fewer);
    }

    /** The same drawings under another id and name (an import renamed to keep both sets). */
    public CollectedSet renamed(String newName) {
        return new CollectedSet(idFor(newName), newName, drawings);
    }

    /** How many drawings of each digit, 0..9. */
    public int[] counts() {
        int[] counts = new int[Drawing.DIGITS];
        drawings.forEach(d -> counts[d.label()]++);
        return counts;
    }

    /** The writers' names in the order they first drew; drawings without a name are left out. */
    public List<String> writers() {
        Set<String> names = new LinkedHashSet<>();
        drawings.stream().filter(Drawing::hasWriter).forEach(d -> names.add(d.writer()));
        return List.copyOf(names);
    }

    /** The writer of each image of {@link #images()}, "" where none was given. */
    public List<String> writerOfEach() {
        return drawings.stream().map(Drawing::writer).toList();
    }

    /** The drawings' images and labels, in order: what a model is tested and taught on. */
    public ImageSet images() {
        int n = SIDE * SIDE;
        byte[] pixels = new byte[drawings.size() * n];
        byte[] labels = new byte[drawings.size()];
        for (int i = 0; i < drawings.size(); i++) {
            System.arraycopy(drawings.get(i).image(), 0, pixels, i * n, n);
            labels[i] = (byte) drawings.get(i).label();
        }
        return new ImageSet(SIDE, SIDE, pixels, labels);
    }

    /** Indices of the drawings each writer drew, by name in order; drawings without a name left out. */
    public Map<String, List<Integer>> byWriter() {
        Map<String, List<Integer>> result = new LinkedHashMap<>();
        for (int i = 0; i < drawings.size(); i++) {
            Drawing d = drawings.get(i);
            if (d.hasWriter()) {
                result.computeIfAbsent(d.writer(), w -> new ArrayList<>()).add(i);
            }
        }
        return result;
    }

    /** "3 × 0, 2 × 1, …": the counts in a line, for messages. */
    public String describeCounts() {
        Map<Integer, Integer> counts = new TreeMap<>();
        int[] c = counts();
        for (int digit = 0; digit < c.length; digit++) {
            counts.put(digit, c[digit]);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((digit, count) -> sb.append(sb.length() == 0 ? "" : ", ").append(digit).append(": ")
                .append(count));
        return sb.toString();
    }
}
