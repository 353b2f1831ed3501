package humeur.app.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTableTest {

    @Test
    void padsColumnsToTheirWidestCellAndAlignsNumbersRight() {
        TextTable table = new TextTable(List.of("NAME", "N"), false, true);
        table.add("Léa", "12");
        table.add("Natan", "3");
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out));
        assertEquals("NAME    N\nLéa    12\nNatan   3\n", out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void measuresWhatATerminalShows() {
        assertEquals(3, TextTable.width("Léa"));
        assertEquals(3, TextTable.width("Le\u0301a"), "a combining accent takes no column");
        assertEquals(2, TextTable.width("👪"));
        assertEquals(4, TextTable.width("日本"));
    }
}
