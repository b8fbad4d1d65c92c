package org.digitlab.data.collected;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The collected sets in the datasets folder, each in a folder named by its id
 * ({@code datasets/drawn-class-7b/}) holding {@link CollectedSetFormat}'s four files. A set is
 * written whole into a new folder that then replaces the old one, so a crash leaves the old set or
 * the new one, never a mix. Exported as one zip of the same four files; imported from one with
 * every check made before anything is written. Methods block: call them off the FX thread.
 */
public final class CollectedSets {

    /** What an import does when a set of the same name is already here. */
    public enum Conflict {
        /** Add the drawings that are not already in it (the default: a class pools its digits). */
        MERGE,
        /** Keep both: the imported set is saved as "Name (2)". */
        RENAME
    }

    /**
     * What an import did.
     *
     * @param id the set the drawings went into
     * @param added drawings added
     * @param duplicates drawings left out because the set already held them (or the file held them twice)
     * @param merged true when they went into a set that was already here
     * @param renamed true when the imported set got a new name beside one of the same name
     */
    public record ImportReport(String id, String name, int added, int duplicates, boolean merged, boolean renamed) {

        /** One line: "Imported 40 drawings into 'Class 7B' (merged; 10 already there)". */
        public String describe() {
            return "Imported " + added + (added == 1 ? " drawing" : " drawings") + " into '" + name + "'"
                    + (merged ? " (merged with the set of that name" : renamed ? " (a set of that name was here: "
                    + "saved beside it under this name" : " (new set")
                    + (duplicates > 0 ? "; " + duplicates + (duplicates == 1 ? " drawing" : " drawings")
                    + " already there, left out)" : ")");
        }
    }

    /** A set as a listing shows it, read from its small {@value CollectedSetFormat#SET}. */
    public record Summary(String id, String name, int size) {
    }

    private final Path folder;

    /** @param datasetsFolder the datasets folder ({@code <home>/datasets}) */
    public CollectedSets(Path datasetsFolder) {
        this.folder = Objects.requireNonNull(datasetsFolder, "datasetsFolder");
    }

    public Path folderOf(String id) {
        if (!CollectedSet.isCollectedId(id) || id.contains("/") || id.contains("\\") || id.contains("..")) {
            throw new IllegalArgumentException("not a collected set's id: '" + id + "'");
        }
        return folder.resolve(id);
    }

    public boolean exists(String id) {
        return Files.isRegularFile(folderOf(id).resolve(CollectedSetFormat.SET));
    }

    /** Every set here, by name; a folder whose {@value CollectedSetFormat#SET} is unreadable is left out. */
    public List<Summary> list() {
        List<Summary> sets = new ArrayList<>();
        try (Stream<Path> folders = Files.list(folder)) {
            for (Path dir : folders.filter(Files::isDirectory).toList()) {
                String id = dir.getFileName().toString();
                if (!CollectedSet.isCollectedId(id)) {
                    continue;
                }
                try {
                    byte[] bytes = read(dir.resolve(CollectedSetFormat.SET), CollectedSetFormat.SET);
                    CollectedSetFormat.SetJson header = CollectedSetFormat.header(id, bytes);
                    sets.add(new Summary(id, CollectedSet.checkName(header.name()), header.drawings()));
                } catch (IOException | IllegalArgumentException e) {
                    // half-made or damaged: loading it names the problem; a listing skips it
                }
            }
        } catch (IOException e) {
            return List.of(); // no datasets folder yet: no sets
        }
        sets.sort(Comparator.comparing(Summary::name, String.CASE_INSENSITIVE_ORDER));
        return sets;
    }

    /** The set with this id, every file checked. */
    public CollectedSet load(String id) throws IOException {
        Path dir = folderOf(id);
        if (!Files.isDirectory(dir)) {
            throw new CollectedSetException(dir.toString(), "no such collected set");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : CollectedSetFormat.FILES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.put(name, read(file, name));
            }
        }
        return CollectedSetFormat.decode(dir.toString(), files, id);
    }

    /** The set this name gives, or a new empty one when none is here yet. */
    public CollectedSet loadOrCreate(String name) throws IOException {
        String id = CollectedSet.idFor(name);
        return exists(id) ? load(id) : CollectedSet.named(name);
    }

    /** Writes the set whole: a new folder, then moved in place of the old one. */
    public void save(CollectedSet set) throws IOException {
        Map<String, byte[]> files = CollectedSetFormat.encode(set);
        Files.createDirectories(folder);
        Path target = folderOf(set.id());
        Path fresh = folder.resolve("." + set.id() + ".tmp-" + UUID.randomUUID());
        Path old = folder.resolve("." + set.id() + ".old-" + UUID.randomUUID());
        try {
            Files.createDirectory(fresh);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(fresh.resolve(file.getKey()), file.getValue());
            }
            boolean replacing = Files.exists(target);
            if (replacing) {
                move(target, old);
            }
            move(fresh, target);
            if (replacing) {
                deleteFolder(old);
            }
        } catch (IOException e) {
            deleteFolder(fresh);
            if (!Files.exists(target) && Files.exists(old)) {
                move(old, target); // the old set back rather than none
            }
            throw new IOException(target + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** Writes the set as one zip of its four files (through a temporary file: never half a zip). */
    public void exportTo(String id, Path zip) throws IOException {
        CollectedSetZips.write(load(id), zip);
    }

    /**
     * Reads a set from a zip that {@link #exportTo} wrote, without writing anything.
     *
     * @throws CollectedSetException naming the zip (and the entry) and what is wrong
     */
    public static CollectedSet readZip(Path zip) throws IOException {
        return CollectedSetZips.read(zip);
    }

    /**
     * Imports a zip: every check first (see {@link #readZip}), then the set is written whole.
     * Drawings already in the set (same strokes) or twice in the file are left out.
     */
    public ImportReport importFrom(Path zip, Conflict conflict) throws IOException {
        CollectedSet incoming = readZip(zip);
        boolean here = exists(incoming.id());
        if (here && conflict == Conflict.RENAME) {
            incoming = incoming.renamed(freeName(incoming.name()));
        }
        boolean merge = here && conflict == Conflict.MERGE;
        CollectedSet base = merge ? load(incoming.id()) : CollectedSet.named(incoming.name());
        Set<String> known = new HashSet<>();
        base.drawings().forEach(d -> known.add(d.id()));
        List<Drawing> all = new ArrayList<>(base.drawings());
        int duplicates = 0;
        for (Drawing d : incoming.drawings()) {
            if (known.add(d.id())) {
                all.add(d);
            } else {
                duplicates++;
            }
        }
        if (all.size() > CollectedSet.MAX_DRAWINGS) {
            throw new CollectedSetException(String.valueOf(zip.getFileName()), "merged with '" + base.name()
                    + "' the set would hold " + all.size() + " drawings, more than the " + CollectedSet.MAX_DRAWINGS
                    + " a set keeps; import it under another name");
        }
        save(new CollectedSet(incoming.id(), incoming.name(), all));
        return new ImportReport(incoming.id(), incoming.name(), all.size() - base.size(), duplicates, merge,
                here && !merge);
    }

    /**
     * What a killed save left, older than {@code age}: a new folder not yet moved in is deleted;
     * an old one moved aside is put back when its set's folder is missing (the kill came between
     * the two moves), else deleted. Returns how many folders it dealt with.
     */
    public int cleanLeftovers(java.time.Duration age) {
        int dealt = 0;
        java.time.Instant before = java.time.Instant.now().minus(age);
        try (Stream<Path> folders = Files.list(folder)) {
            for (Path dir : folders.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                int tmp = name.indexOf(".tmp-");
                int old = name.indexOf(".old-");
                if (!name.startsWith("." + CollectedSet.ID_PREFIX) || tmp < 0 && old < 0
                        || Files.getLastModifiedTime(dir).toInstant().isAfter(before)) {
                    continue;
                }
                Path target = folder.resolve(name.substring(1, Math.max(tmp, old)));
                if (old >= 0 && !Files.exists(target)) {
                    move(dir, target);
                } else {
                    deleteFolder(dir);
                }
                dealt++;
            }
        } catch (IOException e) {
            // no datasets folder, or one we cannot list: nothing of ours to clean
        }
        return dealt;
    }

    /** "Class 7B (2)", "Class 7B (3)", …: the first name whose id is free. */
    String freeName(String name) {
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            String candidate = name.length() + suffix.length() > CollectedSet.MAX_NAME
                    ? name.substring(0, CollectedSet.MAX_NAME - suffix.length()) + suffix : name + suffix;
            if (!exists(CollectedSet.idFor(candidate))) {
                return candidate;
            }
        }
    }

    private static byte[] read(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CollectedSetZips.readEntry(file.getParent().toString(), name, in);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteFolder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover folder starts with a dot and is not listed as a set
        }
    }
}
