package nl.twente.ijw.simulator;

/** A minimal JSON writer for the ground truth (no library: the simulator is plain Java). */
final class Json {

    private final StringBuilder uit = new StringBuilder(1 << 16);
    /** Whether the current object/array already has an element (needs a comma first). */
    private final java.util.ArrayDeque<Boolean> gevuld = new java.util.ArrayDeque<>();
    private boolean naSleutel;

    Json open() {
        element();
        uit.append('{');
        gevuld.push(false);
        return this;
    }

    Json sluit() {
        gevuld.pop();
        uit.append('}');
        return this;
    }

    Json lijst() {
        element();
        uit.append('[');
        gevuld.push(false);
        return this;
    }

    Json sluitLijst() {
        gevuld.pop();
        uit.append(']');
        return this;
    }

    Json sleutel(String naam) {
        element();
        tekst(naam);
        uit.append(':');
        naSleutel = true;
        return this;
    }

    void veld(String naam, String waarde) {
        sleutel(naam);
        naSleutel = false;
        if (waarde == null) {
            uit.append("null");
        } else {
            tekst(waarde);
        }
    }

    void veld(String naam, long waarde) {
        getal(naam, waarde);
    }

    void veld(String naam, double waarde) {
        getal(naam, waarde);
    }

    void veld(String naam, boolean waarde) {
        sleutel(naam);
        naSleutel = false;
        uit.append(waarde);
    }

    void getal(String naam, Number waarde) {
        sleutel(naam);
        naSleutel = false;
        uit.append(waarde == null ? "null" : waarde.toString());
    }

    private void element() {
        if (naSleutel) {
            naSleutel = false;
            return;
        }
        if (!gevuld.isEmpty()) {
            if (gevuld.peek()) {
                uit.append(',');
            } else {
                gevuld.pop();
                gevuld.push(true);
            }
            uit.append('\n');
        }
    }

    private void tekst(String s) {
        uit.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> uit.append("\\\"");
                case '\\' -> uit.append("\\\\");
                case '\n' -> uit.append("\\n");
                default -> {
                    if (c < 0x20) {
                        uit.append("\\u%04x".formatted((int) c));
                    } else {
                        uit.append(c);
                    }
                }
            }
        }
        uit.append('"');
    }

    @Override
    public String toString() {
        return uit.toString();
    }
}
