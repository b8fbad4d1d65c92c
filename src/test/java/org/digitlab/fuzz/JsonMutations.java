package org.digitlab.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Structure-aware mutants of JSON seeds: well-formed JSON whose values are changed, so the reader
 * gets past the parser to the checks of each field. Each edit picks a value anywhere in the tree
 * and replaces it (boundary numbers, other types, null, a long string, an empty object) or
 * removes it.
 */
public final class JsonMutations {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Integer.MAX_VALUE),
            NODES.numberNode(2_000_000_000L), NODES.numberNode(1L << 40), NODES.numberNode(1e308),
            NODES.numberNode(-1e308), NODES.numberNode(0.5), NODES.numberNode(1e-300), NODES.numberNode(65_536),
            NODES.textNode(""), NODES.textNode("x".repeat(10_000)), NODES.textNode("relu"), NODES.textNode("Dense"),
            NODES.textNode("NaN"), NODES.textNode("Infinity"), NODES.nullNode(), NODES.booleanNode(true),
            NODES.objectNode(), NODES.arrayNode());
    private static final int MAX_EDITS = 4;

    private JsonMutations() {
    }

    record Edit(int target, int replacement) {
    }

    /** Mutants of the JSON seeds, as text. */
    public static Arbitrary<String> of(List<byte[]> seeds) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(0, REPLACEMENTS.size())).as(Edit::new);
        List<JsonNode> trees = seeds.stream().map(JsonMutations::parseOrNull).filter(t -> t != null).toList();
        return Combinators.combine(Arbitraries.of(trees), edit.list().ofMinSize(1).ofMaxSize(MAX_EDITS))
                .as(JsonMutations::apply);
    }

    private static String apply(JsonNode seed, List<Edit> edits) {
        JsonNode tree = seed.deepCopy();
        for (Edit edit : edits) {
            List<Slot> slots = new ArrayList<>();
            collect(tree, slots);
            if (slots.isEmpty()) {
                break;
            }
            Slot slot = slots.get(edit.target() % slots.size());
            if (edit.replacement() == REPLACEMENTS.size()) {
                slot.remove();
            } else {
                slot.set(REPLACEMENTS.get(edit.replacement()));
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A place in the tree that holds a value: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                slots.add(new Slot(object, field.getKey(), -1));
                collect(field.getValue(), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    private static JsonNode parseOrNull(byte[] seed) {
        try {
            return MAPPER.readTree(seed);
        } catch (IOException e) {
            return null; // a deliberately broken seed: only byte mutations use it
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
