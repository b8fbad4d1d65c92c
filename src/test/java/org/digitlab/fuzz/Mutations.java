package org.digitlab.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutants of the seed files in {@code src/test/resources/fuzz/<folder>/}, as a coverage-less
 * fuzzer makes them: a seed, then up to eight edits (flip a bit, set a byte or a 32-bit
 * big-endian integer to a boundary value, insert or delete a run, duplicate a run, truncate).
 * Boundary integers matter most: every reader here trusts a header's counts and sizes.
 * jqwik shrinks a failing mutant to the fewest, smallest edits.
 */
public final class Mutations {

    /** Values that break size arithmetic: zero, one, negatives, int overflow, sizes just past limits. */
    static final int[] BOUNDARY_INTS = {0, 1, -1, 2, 27, 28, 29, 255, 256, 4096, 4097, 65_535, 65_536, 1 << 20,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 8, 20_000, 0x7FFF, 0x8000};
    private static final int MAX_EDITS = 8;
    private static final int MAX_RUN = 64;
    private static final int KINDS = 7;

    private Mutations() {
    }

    /** One edit; {@code where} is a fraction of the length, so it applies to any seed. */
    record Edit(int kind, double where, int length, int value) {
    }

    /** The corpus folder's files, sorted by name. */
    public static List<byte[]> corpus(String folder) {
        URL url = Mutations.class.getResource("/fuzz/" + folder);
        if (url == null) {
            throw new IllegalStateException("no corpus folder fuzz/" + folder + " on the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.sorted().map(Mutations::readAll).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Byte-level mutants of the seeds (the seeds themselves included, with no edits). */
    public static Arbitrary<byte[]> of(List<byte[]> seeds) {
        return Combinators.combine(Arbitraries.of(seeds), edits()).as(Mutations::apply);
    }

    /**
     * Mutants of gzip seeds made inside the compression (decompress, edit, compress again), so the
     * reader gets past the gzip checks to the content; other seeds are mutated as bytes.
     */
    public static Arbitrary<byte[]> insideGzip(List<byte[]> seeds) {
        return Combinators.combine(Arbitraries.of(seeds), edits()).as((seed, edits) ->
                isGzip(seed) && gunzip(seed) != null ? gzip(apply(gunzip(seed), edits)) : apply(seed, edits));
    }

    /**
     * Mutants of zip seeds made entry by entry: edit one entry's bytes, drop it, duplicate it under
     * another name, or add an entry of junk; every entry is written back with valid zip framing.
     * Only entries whose names pass {@code editable} are touched.
     */
    public static Arbitrary<byte[]> insideZip(List<byte[]> seeds, Predicate<String> editable) {
        Arbitrary<Integer> entryKind = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> entryIndex = Arbitraries.integers().between(0, 15);
        return Combinators.combine(Arbitraries.of(seeds), entryKind, entryIndex, edits())
                .as((seed, kind, index, edits) -> mutateEntry(seed, kind, index, edits, editable));
    }

    static byte[] apply(byte[] seed, List<Edit> edits) {
        byte[] data = seed;
        for (Edit edit : edits) {
            data = apply(data, edit);
        }
        return data;
    }

    private static Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, MAX_RUN),
                Arbitraries.integers()).as(Edit::new);
        return edit.list().ofMaxSize(MAX_EDITS);
    }

    private static byte[] apply(byte[] data, Edit edit) {
        int at = (int) Math.min(data.length, Math.floor(edit.where() * data.length));
        int run = Math.min(edit.length(), data.length - at);
        switch (edit.kind()) {
            case 0 -> { // flip one bit
                if (at < data.length) {
                    byte[] copy = data.clone();
                    copy[at] ^= (byte) (1 << Math.floorMod(edit.value(), Byte.SIZE));
                    return copy;
                }
                return data;
            }
            case 1 -> { // a 32-bit boundary value, big-endian as in IDX and PNG headers
                byte[] copy = Arrays.copyOf(data, Math.max(data.length, at + Integer.BYTES));
                ByteBuffer.wrap(copy).putInt(at, BOUNDARY_INTS[Math.floorMod(edit.value(), BOUNDARY_INTS.length)]);
                return copy;
            }
            case 2 -> { // insert a run of one byte value
                byte[] run2 = new byte[edit.length()];
                Arrays.fill(run2, (byte) edit.value());
                return splice(data, at, 0, run2);
            }
            case 3 -> {
                return splice(data, at, run, new byte[0]); // delete a run
            }
            case 4 -> {
                return splice(data, at, 0, Arrays.copyOfRange(data, at, at + run)); // duplicate a run
            }
            case 5 -> {
                return Arrays.copyOf(data, at); // truncate
            }
            default -> { // set one byte to a random value
                if (at < data.length) {
                    byte[] copy = data.clone();
                    copy[at] = (byte) edit.value();
                    return copy;
                }
                return data;
            }
        }
    }

    private static byte[] splice(byte[] data, int at, int remove, byte[] insert) {
        byte[] result = new byte[data.length - remove + insert.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(data, at + remove, result, at + insert.length, data.length - at - remove);
        return result;
    }

    private static byte[] mutateEntry(byte[] seed, int kind, int index, List<Edit> edits,
                                      Predicate<String> editable) {
        Map<String, byte[]> entries = unzip(seed);
        List<String> names = entries.keySet().stream().filter(editable).toList();
        if (names.isEmpty()) {
            return seed; // a broken seed, kept as it is
        }
        String name = names.get(index % names.size());
        switch (kind) {
            case 0 -> entries.put(name, apply(entries.get(name), edits));
            case 1 -> entries.remove(name);
            case 2 -> entries.put(name + "-copy", entries.get(name));
            default -> entries.put("junk-" + index, apply(new byte[MAX_RUN], edits));
        }
        return zip(entries);
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            entries.clear(); // not a zip: mutated as bytes instead
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static boolean isGzip(byte[] data) {
        return data.length > 2 && (data[0] & 0xFF) == 0x1f && (data[1] & 0xFF) == 0x8b;
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The content of a gzip seed, or {@code null} for a deliberately broken one. */
    private static byte[] gunzip(byte[] data) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
