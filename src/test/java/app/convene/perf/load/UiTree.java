package app.convene.perf.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's state tree, as much as a driver needs to find what to type into and click:
 * built from the {@code changes} of every UIDL the server sends (research-19 §2; Flow's {@code NodeFeatures}:
 * 0 element data with the tag, 1 properties, 2 children, 3 attributes, 7 a text node's text).
 */
public final class UiTree {

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Takes a UIDL's changes in (give it every answer of the UI, the page's first one too). */
    public void take(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            switch (change.path("type").asString("")) {
                case "attach" -> node(id);
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> node(id).children.clear();
                default -> {
                    // remove (of a property), execute and the like: not needed to find elements
                }
            }
        }
    }

    /** The newest element with this tag. */
    public int byTag(String tag) {
        return newest(nodes.values().stream().filter(n -> tag.equals(n.tag)).toList(), tag);
    }

    /** The newest element with this tag and property value (e.g. a field by its label). */
    public int byProperty(String tag, String property, String value) {
        return newest(nodes.values().stream()
                .filter(n -> tag.equals(n.tag) && value.equals(n.properties.get(property))).toList(),
                tag + " with " + property + " '" + value + "'");
    }

    /** The newest element with this tag whose own text is {@code text} (e.g. a button by its caption). */
    public int byText(String tag, String text) {
        return newest(nodes.values().stream()
                .filter(n -> tag.equals(n.tag) && n.children.stream().map(nodes::get).filter(Objects::nonNull)
                        .anyMatch(child -> text.equals(child.text))).toList(),
                tag + " with the text '" + text + "'");
    }

    private static int newest(List<Node> matches, String what) {
        return matches.stream().mapToInt(n -> n.id).max()
                .orElseThrow(() -> new Uidl.LoadError("no " + what + " in the UI"));
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static void put(Node node, JsonNode change) {
        String key = change.path("key").asString("");
        JsonNode value = change.path("value");
        switch (change.path("feat").asInt(-1)) {
            case 0 -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString(null);
                }
            }
            case 1 -> node.properties.put(key, value.isValueNode() ? value.asString(null) : null);
            case 7 -> {
                if ("text".equals(key)) {
                    node.text = value.asString(null);
                }
            }
            default -> {
            }
        }
    }

    private static void splice(Node node, JsonNode change) {
        if (change.path("feat").asInt(-1) != 2) {
            return;
        }
        int index = Math.min(change.path("index").asInt(0), node.children.size());
        int remove = Math.min(change.path("remove").asInt(0), node.children.size() - index);
        for (int i = 0; i < remove; i++) {
            node.children.remove(index);
        }
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(id -> added.add(id.asInt()));
        node.children.addAll(index, added);
    }

    private static final class Node {
        final int id;
        final Map<String, String> properties = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        String tag;
        String text;

        Node(int id) {
            this.id = id;
        }
    }
}
