package org.digitlab.ui.lessons;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.digitlab.lesson.Control;

/**
 * The teacher's lock over a lesson step's controls: what the step locks (shown, not changeable)
 * and hides, until the teacher enters the PIN, which frees everything until the next step is set
 * up. The PIN lives only in memory, as a salted hash: a lesson is one session, and a PIN written
 * to the settings would outlive the class that chose it.
 */
public final class TeacherLock {

    private static final int SALT_BYTES = 16;

    private final ObservableSet<Control> locked = FXCollections.observableSet();
    private final ObservableSet<Control> hidden = FXCollections.observableSet();
    // One read-only view each, kept: a view made per call forwards changes through a weak listener
    // and stops telling its listeners once it is collected.
    private final ObservableSet<Control> lockedView = FXCollections.unmodifiableObservableSet(locked);
    private final ObservableSet<Control> hiddenView = FXCollections.unmodifiableObservableSet(hidden);
    private final ReadOnlyBooleanWrapper hasPin = new ReadOnlyBooleanWrapper(this, "hasPin");
    private final byte[] salt = new byte[SALT_BYTES];
    private byte[] pinHash;

    public TeacherLock() {
        new SecureRandom().nextBytes(salt);
    }

    // --- properties

    /** The controls locked now: empty once the teacher has unlocked the step. */
    public ObservableSet<Control> locked() {
        return lockedView;
    }

    /** The controls hidden now: empty once the teacher has unlocked the step. */
    public ObservableSet<Control> hidden() {
        return hiddenView;
    }

    public ReadOnlyBooleanProperty hasPinProperty() {
        return hasPin.getReadOnlyProperty();
    }

    public boolean isLocked(Control control) {
        return locked.contains(control);
    }

    // --- commands

    /** A step was set up: its locks and hidden controls apply, whatever was unlocked before. */
    public void apply(Collection<Control> lockedByStep, Collection<Control> hiddenByStep) {
        locked.retainAll(lockedByStep);
        locked.addAll(lockedByStep);
        hidden.retainAll(hiddenByStep);
        hidden.addAll(hiddenByStep);
    }

    /**
     * Sets the teacher's PIN (at least 4 characters); changing it needs the old one.
     *
     * @return false when the PIN is too short or the old one is wrong
     */
    public boolean setPin(String oldPin, String newPin) {
        if (newPin == null || newPin.strip().length() < 4 || (pinHash != null && !matches(oldPin))) {
            return false;
        }
        pinHash = hash(newPin.strip());
        hasPin.set(true);
        return true;
    }

    /**
     * Unlocks and shows every control of the step when the PIN is right; a wrong one (or none
     * set yet) changes nothing.
     */
    public boolean unlock(String pin) {
        if (!matches(pin)) {
            return false;
        }
        locked.clear();
        hidden.clear();
        return true;
    }

    private boolean matches(String pin) {
        return pinHash != null && pin != null && MessageDigest.isEqual(pinHash, hash(pin.strip()));
    }

    private byte[] hash(String pin) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(pin.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
