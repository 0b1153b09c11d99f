package io.continuo.engine.rules;

import java.util.Locale;

/**
 * One rule file: DRL, a DSL mapping or DSLR rules, or a decision table.
 *
 * @param relativePath where it lies under its rules folder, with '/' separators: harmony/cadences.drl
 * @param shownAs      how messages name it: rules/harmony/cadences.drl
 * @param content      its bytes (decision tables may be binary)
 */
public record RuleFile(String relativePath, String shownAs, byte[] content) {

    /** The endings the engine compiles; anything else in a rules folder is ignored. */
    public static boolean isRuleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".drl") || lower.endsWith(".dsl") || lower.endsWith(".dslr")
                || lower.endsWith(".drl.csv") || lower.endsWith(".drl.xls") || lower.endsWith(".drl.xlsx");
    }
}
