package io.continuo.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Ties each fact a rule inserts to that rule and the facts of the match that fired it: an insertion
 * made during a firing arrives between that firing's before- and after-events.
 */
final class JustificationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Map<FactHandle, Justification> byHandle = new HashMap<>();
    private Match firing;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && firing != null) {
            List<Object> premises = new ArrayList<>();
            for (Object object : firing.getObjects()) {
                if (!(object instanceof Number)) {
                    premises.add(object);
                }
            }
            Object template = event.getRule().getMetaData().get(Justification.EXPLANATION_METADATA);
            byHandle.putIfAbsent(event.getFactHandle(), new Justification(event.getRule().getName(), premises,
                    template == null ? null : unquote(template.toString())));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Facts are immutable records; nothing is updated in place.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        byHandle.remove(event.getFactHandle());
    }

    /** The justification of a fact a rule inserted, or null for a fact that came from the input. */
    Justification of(FactHandle handle) {
        return byHandle.get(handle);
    }

    /** Rule metadata values keep the quotes they were written with: @explain("…"). */
    private static String unquote(String value) {
        String text = value.strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }

    /** The name of the rule that fired last, for error messages. */
    String lastRule() {
        return firing == null ? "none" : firing.getRule().getName();
    }
}
