package io.continuo.engine.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * Indents the document, but writes each object inside an array on one line, so that a song's
 * hundreds of beats and chords read as one line each: {@code {"time": 0.5, "bar": 1, "beat": 2}}.
 */
final class CompactPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    /** How many objects deep the generator is inside an array element; 0 outside any. */
    private int inlineDepth;

    CompactPrettyPrinter() {
        super(DefaultPrettyPrinter.DEFAULT_SEPARATORS.withObjectFieldValueSpacing(
                Separators.Spacing.AFTER));
        indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new CompactPrettyPrinter();
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        // The generator has already entered the new object, so its parent context tells where it stands.
        var parent = g.getOutputContext().getParent();
        if (inlineDepth > 0 || parent != null && parent.inArray()) {
            inlineDepth++;
            g.writeRaw('{');
            return;
        }
        super.writeStartObject(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        if (inlineDepth > 0) {
            inlineDepth--;
            g.writeRaw('}');
            return;
        }
        super.writeEndObject(g, entries);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        if (inlineDepth > 0) {
            g.writeRaw(", ");
            return;
        }
        super.writeObjectEntrySeparator(g);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (inlineDepth == 0) {
            super.beforeObjectEntries(g);
        }
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        if (inlineDepth > 0) {
            g.writeRaw('[');
            return;
        }
        super.writeStartArray(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        if (inlineDepth > 0) {
            g.writeRaw(']');
            return;
        }
        super.writeEndArray(g, values);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        if (inlineDepth > 0) {
            g.writeRaw(", ");
            return;
        }
        super.writeArrayValueSeparator(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (inlineDepth == 0) {
            super.beforeArrayValues(g);
        }
    }
}
