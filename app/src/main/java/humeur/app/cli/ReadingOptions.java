package humeur.app.cli;

import humeur.ingest.DateOrder;
import humeur.ingest.ReadOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.ZoneId;

/** How to read export files: the options every command that reads exports shares. */
public final class ReadingOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--day-first", description = "WhatsApp dates put the day first (31/12/24). "
            + "By default the order is inferred from all the dates of the file.")
    private boolean dayFirst;

    @Option(names = "--month-first", description = "WhatsApp dates put the month first (12/31/24).")
    private boolean monthFirst;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "The time zone in which Messenger's times are shown, e.g. Europe/Paris. "
                    + "Default: this computer's time zone. WhatsApp exports are already in local time.")
    private ZoneId zone;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "The text encoding of the files, e.g. windows-1252. "
                    + "Default: detected (UTF-8, or UTF-16 with a byte-order mark).")
    private Charset encoding;

    /** The reading options these command-line options describe. */
    public ReadOptions toReadOptions() {
        if (dayFirst && monthFirst) {
            throw new ParameterException(command.commandLine(), "--day-first and --month-first exclude each other");
        }
        ReadOptions options = ReadOptions.defaults()
                .withDateOrder(dayFirst ? DateOrder.DAY_FIRST : monthFirst ? DateOrder.MONTH_FIRST : DateOrder.AUTO);
        if (zone != null) {
            options = options.withZone(zone);
        }
        return encoding == null ? options : options.withCharset(encoding);
    }

    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("unknown time zone '" + value + "' (try a name like Europe/Paris)");
            }
        }
    }

    static final class CharsetConverter implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new TypeConversionException("unknown encoding '" + value + "' (try UTF-8 or windows-1252)");
            }
        }
    }
}
