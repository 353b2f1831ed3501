package humeur.app.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TerminalSummaryTest {
    @Test
    void namesCannotSendEscapeSequencesOrReverseTheTerminal() {
        assertEquals("Léa\uFFFD[2J\uFFFDevil", TerminalSummary.printable("Léa\u001B[2J\u202Eevil"));
        assertEquals("Maman ❤️ 👨‍👩‍👧", TerminalSummary.printable("Maman ❤️ 👨‍👩‍👧"), "emoji joiners stay");
    }
}
