package org.icpdesk.bundle.service;

/** Where a value sits in a JSON document, written as in the bundle format: {@code sites[0].domains[1]}; the root is {@code $}. */
record JsonPath(JsonPath parent, String name, int index) {
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    JsonPath field(String field) {
        return new JsonPath(this, field, -1);
    }

    JsonPath element(int i) {
        return new JsonPath(this, null, i);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "$";
        }
        StringBuilder out = new StringBuilder();
        render(out);
        return EntryNames.display(out.toString());
    }

    private void render(StringBuilder out) {
        if (parent == null) {
            return;
        }
        parent.render(out);
        if (name != null) {
            if (parent.parent != null) {
                out.append('.');
            }
            out.append(name);
        } else {
            if (parent.parent == null) {
                out.append('$');
            }
            out.append('[').append(index).append(']');
        }
    }
}
