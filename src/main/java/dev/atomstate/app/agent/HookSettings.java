package dev.atomstate.app.agent;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.edit.json.JsonEdits;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.json.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code agent install} / {@code agent uninstall}: our hook entries in a client's JSON settings file, added or
 * removed as splices of the text, so the user's own settings keep every byte. An entry already there is not
 * added twice; a status line the user set is never replaced; uninstall removes the entries whose commands are
 * ours, and the containers only they filled. A missing file is given as empty text and becomes a new file.
 */
public final class HookSettings {
    private HookSettings() {
    }

    public static Change install(String name, String text, AgentClient client, String launcher) {
        Edit e = new Edit(name, text);
        for (AgentClient.Hook hook : client.hooks(launcher)) {
            JsonText.Obj root = e.root();
            JsonText.Member hooks = root.member("hooks");
            if (hooks == null) {
                e.apply(JsonEdits.addMember(e.text, root, "hooks", Map.of(hook.event(), List.of(hook.group())), e.style),
                        "added hooks." + hook.event() + ": " + client.command(launcher, hook.role()));
                continue;
            }
            JsonText.Obj events = object(name, hooks.value(), "hooks");
            JsonText.Member event = events.member(hook.event());
            if (event == null) {
                e.apply(JsonEdits.addMember(e.text, events, hook.event(), List.of(hook.group()), e.style),
                        "added hooks." + hook.event() + ": " + client.command(launcher, hook.role()));
            } else if (hasOurs(array(name, event.value(), "hooks." + hook.event()), hook.role())) {
                e.notes.add("hooks." + hook.event() + " already runs " + client.command("atomstate", hook.role()) + "; left as it is");
            } else {
                e.apply(JsonEdits.addItem(e.text, (JsonText.Arr) event.value(), hook.group(), e.style),
                        "added hooks." + hook.event() + ": " + client.command(launcher, hook.role()));
            }
        }
        if (client.statusLine) {
            JsonText.Obj root = e.root();
            JsonText.Member line = root.member("statusLine");
            if (line == null) {
                e.apply(JsonEdits.addMember(e.text, root, "statusLine", client.statusLineEntry(launcher), e.style),
                        "added statusLine: " + client.command(launcher, AgentClient.Role.STATUS_LINE));
            } else if (line.value() instanceof JsonText.Obj o && AgentClient.isOurs(o.string("command"), AgentClient.Role.STATUS_LINE)) {
                e.notes.add("statusLine already runs atomstate status --line; left as it is");
            } else {
                e.notes.add("statusLine is your own" + (line.value() instanceof JsonText.Obj o && o.string("command") != null
                        ? " ('" + o.string("command") + "')" : "") + "; left as it is (to show atomstate's, make it run '"
                        + client.command(launcher, AgentClient.Role.STATUS_LINE) + "')");
            }
        }
        return e.change(client.title + " hooks installed", client.title + " hooks are already installed");
    }

    public static Change uninstall(String name, String text, AgentClient client) {
        Edit e = new Edit(name, text);
        for (AgentClient.Hook hook : client.hooks("atomstate")) {
            while (removeOne(e, hook.event(), hook.role())) {
                // one entry at a time, each a splice of the text as it is now
            }
        }
        if (client.statusLine) {
            JsonText.Obj root = e.root();
            for (int i = 0; i < root.members().size(); i++) {
                JsonText.Member m = root.members().get(i);
                if (m.key().equals("statusLine") && m.value() instanceof JsonText.Obj o
                        && AgentClient.isOurs(o.string("command"), AgentClient.Role.STATUS_LINE)) {
                    e.apply(JsonEdits.removeMember(e.text, root, i), "removed statusLine: " + o.string("command"));
                    break;
                }
            }
        }
        return e.change(client.title + " hooks removed", "no atomstate hooks to remove");
    }

    /** Removes one handler of ours under {@code event} (its whole group when the group is only ours); false when none is left. */
    private static boolean removeOne(Edit e, String eventName, AgentClient.Role role) {
        JsonText.Obj root = e.root();
        int hooksAt = index(root, "hooks");
        if (hooksAt < 0 || !(root.members().get(hooksAt).value() instanceof JsonText.Obj events)) {
            return false;
        }
        int eventAt = index(events, eventName);
        if (eventAt < 0 || !(events.members().get(eventAt).value() instanceof JsonText.Arr groups)) {
            return false;
        }
        for (int g = 0; g < groups.items().size(); g++) {
            if (!(groups.items().get(g) instanceof JsonText.Obj group) || !(group.get("hooks") instanceof JsonText.Arr handlers)) {
                continue;
            }
            for (int h = 0; h < handlers.items().size(); h++) {
                String command = handlers.items().get(h) instanceof JsonText.Obj handler ? handler.string("command") : null;
                if (!AgentClient.isOurs(command, role)) {
                    continue;
                }
                String note = "removed hooks." + eventName + ": " + command;
                if (handlers.items().size() > 1) {
                    e.apply(JsonEdits.removeItem(e.text, handlers, h), note);
                } else if (groups.items().size() > 1) {
                    e.apply(JsonEdits.removeItem(e.text, groups, g), note);
                } else if (events.members().size() > 1) {
                    e.apply(JsonEdits.removeMember(e.text, events, eventAt), note);
                } else {
                    e.apply(JsonEdits.removeMember(e.text, root, hooksAt), note);
                }
                return true;
            }
        }
        return false;
    }

    private static boolean hasOurs(JsonText.Arr groups, AgentClient.Role role) {
        for (JsonText.Node g : groups.items()) {
            if (g instanceof JsonText.Obj group && group.get("hooks") instanceof JsonText.Arr handlers) {
                for (JsonText.Node h : handlers.items()) {
                    if (h instanceof JsonText.Obj handler && AgentClient.isOurs(handler.string("command"), role)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int index(JsonText.Obj obj, String key) {
        for (int i = obj.members().size() - 1; i >= 0; i--) {
            if (obj.members().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonText.Obj object(String name, JsonText.Node node, String what) {
        if (node instanceof JsonText.Obj o) {
            return o;
        }
        throw AtomstateException.input(name + ": '" + what + "' is not an object; fix the file first; nothing was written");
    }

    private static JsonText.Arr array(String name, JsonText.Node node, String what) {
        if (node instanceof JsonText.Arr a) {
            return a;
        }
        throw AtomstateException.input(name + ": '" + what + "' is not a list; fix the file first; nothing was written");
    }

    /** The text being edited, re-read after every splice. */
    private static final class Edit {
        final String name;
        final String original;
        final JsonEdits.Style style;
        final List<String> notes = new ArrayList<>();
        String text;
        boolean created;

        Edit(String name, String text) {
            this.name = name;
            this.original = text;
            this.style = text.isBlank() ? JsonEdits.Style.DEFAULT : JsonEdits.Style.of(text);
            this.created = text.isBlank();
            this.text = created ? "{}" : text;
        }

        JsonText.Obj root() {
            return object(name, JsonText.parse(name, text), "the file");
        }

        void apply(String next, String note) {
            text = next;
            notes.add(note);
        }

        /** One edit from the first to the last byte that differ; a new file is written whole. */
        Change change(String done, String nothing) {
            Map<String, Object> facts = new LinkedHashMap<>();
            String after = created ? (text.equals("{}") ? original : reformatNew()) : text;
            if (after.equals(original)) {
                List<String> said = new ArrayList<>(List.of(nothing));
                said.addAll(notes);
                return new Change(List.of(), said, nothing, facts);
            }
            int prefix = 0;
            int max = Math.min(after.length(), original.length());
            while (prefix < max && after.charAt(prefix) == original.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < max - prefix && after.charAt(after.length() - 1 - suffix) == original.charAt(original.length() - 1 - suffix)) {
                suffix++;
            }
            TextEdit edit = new TextEdit(prefix, original.length() - suffix, after.substring(prefix, after.length() - suffix), done);
            return new Change(List.of(edit), List.copyOf(notes), done, facts);
        }

        /** A file we create ends with a line break, like the files editors write. */
        private String reformatNew() {
            return text + style.newline();
        }
    }
}
