package app.convene.perf.load;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vaadin Flow 25's client-server protocol, as much as the load driver needs (research-19 §2): the first
 * UIDL inlined into the eagerly rendered page, the {@code ui-navigate} event on the UI's root node, and the
 * checks that tell a good answer from a sync error, a lost UI or a refresh.
 */
public final class Uidl {

    static final JsonMapper JSON = JsonMapper.shared();
    private static final String INITIAL = "window.Vaadin.TypeScript= ";

    private Uidl() {
    }

    /** The {@code appConfig} of the eager first response (uiId, and the first UIDL with the security key). */
    static JsonNode appConfig(String html) {
        int start = html.indexOf(INITIAL);
        if (start < 0) {
            throw new LoadError("no initial UIDL in the page");
        }
        int end = html.indexOf("</script>", start);
        String json = html.substring(start + INITIAL.length(), end).strip();
        if (json.endsWith(";")) {
            json = json.substring(0, json.length() - 1);
        }
        JsonNode config = JSON.readTree(json).path("initial").path("appConfig");
        if (!config.has("v-uiId") || !config.path("uidl").has("Vaadin-Security-Key")) {
            throw new LoadError("initial UIDL without a UI id or security key");
        }
        return config;
    }

    static String message(String csrfToken, int syncId, int clientId, ArrayNode rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    static String unload(String csrfToken, int syncId, int clientId) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", JSON.createArrayNode());
        message.put("UNLOAD", true);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /** Flow.ts's navigation: an event on node 1 (trigger "" = page load, "link" = a RouterLink). */
    static ArrayNode navigate(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", trigger);
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        event.set("data", data);
        return JSON.createArrayNode().add(event);
    }

    /** A click on the element of state node {@code node} (a button), with the data a browser's click sends. */
    public static ArrayNode click(int node) {
        ObjectNode data = JSON.createObjectNode();
        for (String key : new String[] {"screenX", "screenY", "clientX", "clientY", "button"}) {
            data.put("event." + key, 0);
        }
        data.put("event.detail", 1);
        for (String key : new String[] {"ctrlKey", "shiftKey", "altKey", "metaKey"}) {
            data.put("event." + key, false);
        }
        return JSON.createArrayNode().add(event(node, "click", data));
    }

    /** Typing into a text field and leaving it: the synchronised {@code value} property, then its change event. */
    public static ArrayNode typed(int node, String value) {
        return synced(node, "value", JSON.getNodeFactory().stringNode(value), "change");
    }

    /** Picking the tab at {@code index} of a {@code vaadin-tabs} (a tab sheet's tab): its {@code selected} property. */
    public static ArrayNode selectedTab(int node, int index) {
        return synced(node, "selected", JSON.getNodeFactory().numberNode(index), "selected-changed");
    }

    /** A property the element synchronises with the server on {@code event}: its new value, then the event. */
    private static ArrayNode synced(int node, String property, JsonNode value, String event) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.set("value", value);
        return JSON.createArrayNode().add(sync).add(event(node, event, JSON.createObjectNode()));
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    /**
     * A UIDL answer, checked: Vaadin's critical notifications (sync error, refresh: {@code meta.appError},
     * {@code syncId} -1) and a UI that is gone ({@code meta.sessionExpired}) are errors, as is anything that is
     * not a UIDL object with a sync id.
     */
    static JsonNode checked(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new LoadError("not JSON: " + abbreviate(body));
        }
        JsonNode meta = json.path("meta");
        if (meta.has("appError")) {
            throw new LoadError("app error (sync error or refresh): " + abbreviate(meta.path("appError").toString()));
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new LoadError("UI not found or session expired");
        }
        if (!json.path("syncId").isNumber() || json.path("syncId").asInt() < 0) {
            throw new LoadError("no sync id: " + abbreviate(body));
        }
        return json;
    }

    /**
     * A UIDL answer checked as {@link #checked} does, in one pass without building a tree (the crowd's clicks: the
     * driver shares the machine with Convene, decision 71): its sync and client ids, and whether a string in its
     * {@code changes} or {@code execute} contains {@code marker}.
     */
    static Scan scan(String body, String marker) {
        int syncId = -1;
        int clientId = -1;
        boolean found = false;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new LoadError("not a UIDL object: " + abbreviate(body));
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "syncId" -> syncId = value.isNumeric() ? parser.getIntValue() : -1;
                    case "clientId" -> clientId = value.isNumeric() ? parser.getIntValue() : -1;
                    case "meta" -> meta(parser, value);
                    case "changes", "execute" -> found |= contains(parser, value, marker);
                    default -> parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            throw new LoadError("not JSON: " + abbreviate(body));
        }
        if (syncId < 0) {
            throw new LoadError("no sync id: " + abbreviate(body));
        }
        return new Scan(syncId, clientId, found);
    }

    /** An answer's ids (client id -1: none sent) and whether it named the marker. */
    record Scan(int syncId, int clientId, boolean found) {
    }

    /** Vaadin's critical notifications in {@code meta}: a sync error or refresh, a UI that is gone. */
    private static void meta(JsonParser parser, JsonToken first) {
        if (first != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("appError".equals(name)) {
                throw new LoadError("app error (sync error or refresh)");
            }
            if ("sessionExpired".equals(name) && value == JsonToken.VALUE_TRUE) {
                throw new LoadError("UI not found or session expired");
            }
            parser.skipChildren();
        }
    }

    /** Whether a string in the value starting at {@code first} contains the marker (read to the value's end). */
    private static boolean contains(JsonParser parser, JsonToken first, String marker) {
        boolean found = first == JsonToken.VALUE_STRING && contains(parser, marker);
        int depth = first.isStructStart() ? 1 : 0;
        while (depth > 0) {
            JsonToken token = parser.nextToken();
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            } else if (!found && token == JsonToken.VALUE_STRING) {
                found = contains(parser, marker);
            }
        }
        return found;
    }

    /** The current string token contains the marker: compared in the parser's buffer, no string made. */
    private static boolean contains(JsonParser parser, String marker) {
        int length = parser.getStringLength();
        if (length < marker.length()) {
            return false;
        }
        char[] text = parser.getStringCharacters();
        int offset = parser.getStringOffset();
        for (int start = offset, last = offset + length - marker.length(); start <= last; start++) {
            if (matches(text, start, marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(char[] text, int start, String marker) {
        for (int i = 0; i < marker.length(); i++) {
            if (text[start + i] != marker.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Every string value in the UIDL's changes (texts, properties, attributes), for content checks. */
    public static String texts(JsonNode uidl) {
        StringBuilder out = new StringBuilder();
        collect(uidl.path("changes"), out);
        collect(uidl.path("execute"), out);
        return out.toString();
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isString()) {
            out.append(node.stringValue()).append('\n');
        } else if (node.isContainer()) {
            node.values().forEach(child -> collect(child, out));
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** A failed exchange: counted as an error of its view. */
    public static final class LoadError extends RuntimeException {
        LoadError(String message) {
            super(message);
        }
    }
}
