package org.digitlab.lesson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The challenge's gallery: the drawings that fooled the model, oldest first, at most
 * {@link #capacity()} of them; when full, a new fool pushes out the oldest, so a class can play
 * all lesson long within a bounded memory. Safe to use from any thread.
 */
public final class FoolStore {

    /** Enough for a class of thirty to keep two each; at most ~1 MB a canvas-sized drawing. */
    public static final int DEFAULT_CAPACITY = 60;

    private final int capacity;
    private final Deque<Fool> fools = new ArrayDeque<>();

    public FoolStore() {
        this(DEFAULT_CAPACITY);
    }

    public FoolStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a gallery keeps at least one fool, got capacity " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Keeps a fool.
     *
     * @return the oldest fool, pushed out to make room, or null when there was room
     */
    public synchronized Fool add(Fool fool) {
        java.util.Objects.requireNonNull(fool, "fool");
        Fool dropped = fools.size() == capacity ? fools.removeFirst() : null;
        fools.addLast(fool);
        return dropped;
    }

    /** Every fool kept, oldest first: a copy the caller may keep. */
    public synchronized List<Fool> fools() {
        return List.copyOf(fools);
    }

    public synchronized boolean remove(Fool fool) {
        return fools.remove(fool);
    }

    public synchronized void clear() {
        fools.clear();
    }

    public synchronized int size() {
        return fools.size();
    }

    public int capacity() {
        return capacity;
    }
}
