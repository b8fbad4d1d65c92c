package org.digitlab.ui.collect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.digitlab.data.collected.Drawing;

/**
 * The digits Collect mode asks for, in {@link CollectViewModel.Order#SHUFFLED}: a shuffled deck of
 * the ten, dealt one by one, and a fresh deck once all ten were asked, so a class draws every digit
 * equally often.
 *
 * <p>Apart from {@link CollectViewModel} because the order of the prompts is a rule of its own,
 * with its own source of randomness, that the keeping and saving never look into.
 */
final class ShuffledDigits {

    private final Random random;
    private final Deque<Integer> deck = new ArrayDeque<>();

    /** @param random shuffles each deck; a seeded one makes the order repeatable in tests */
    ShuffledDigits(Random random) {
        this.random = random;
    }

    /** The next digit of the deck; a fresh deck once all ten were dealt. */
    Integer next() {
        if (deck.isEmpty()) {
            List<Integer> digits = new ArrayList<>(Drawing.DIGITS);
            for (int digit = 0; digit < Drawing.DIGITS; digit++) {
                digits.add(digit);
            }
            Collections.shuffle(digits, random);
            deck.addAll(digits);
        }
        return deck.removeFirst();
    }
}
