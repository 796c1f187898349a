package app.neodesk.note;

import java.math.BigDecimal;

/**
 * A number as the note writes it, with its unit (completed from the sentence where the note
 * leaves parts out), e.g. 108.5 in 10,000 CNY/t.
 */
public record NoteAmount(BigDecimal value, NoteUnit unit, String written) {

    NoteAmount withUnit(NoteUnit shared) {
        return new NoteAmount(value, unit.orElse(shared), written);
    }

    NoteAmount negated() {
        return new NoteAmount(value.negate(), unit, written);
    }
}
