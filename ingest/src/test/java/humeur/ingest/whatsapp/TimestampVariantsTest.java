package humeur.ingest.whatsapp;

import humeur.ingest.DateOrder;
import humeur.ingest.ExportFormat;
import humeur.ingest.MessageKind;
import humeur.ingest.ReadOptions;
import humeur.ingest.Message;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every timestamp layout listed in shared/docs/chat-export-formats.md, read to the right date and time. */
class TimestampVariantsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            26/09/2019 à 22:39 - Natan: message                  | 2019-09-26T22:39    | ANDROID | AUTO
            17/12/2022 à 17:25 - personne1: message               | 2022-12-17T17:25    | ANDROID | AUTO
            02.05.18 à 18:00 - Michel: message                   | 2018-05-02T18:00    | ANDROID | AUTO
            25/04/2020 14:03 - Natan: message                    | 2020-04-25T14:03    | ANDROID | AUTO
            [3/18/22 14:56:00] Elon: message                     | 2022-03-18T14:56    | IOS | AUTO
            [25/04/2020 14:03:12] Natan: message                 | 2020-04-25T14:03:12 | IOS | AUTO
            06/03/2017, 00:45 - Sample User: message             | 2017-03-06T00:45    | ANDROID | AUTO
            1/4/23, 7:02\u202FPM - Natan: message                 | 2023-01-04T19:02    | ANDROID | MONTH_FIRST
            20/6/2017 8:28 p.\u00A0m. - Natan: message            | 2017-06-20T20:28    | ANDROID | AUTO
            23/06/2018, 01:55 p.m. - Natan: message              | 2018-06-23T13:55    | ANDROID | AUTO
            2023-12-20, 5:46 p.m. - Natan: message               | 2023-12-20T17:46    | ANDROID | AUTO
            [2017-09-07, 7:58:30 AM] Tom: message                | 2017-09-07T07:58:30 | IOS | AUTO
            [2023/5/4, 16:17:13] ~ Carolina: message             | 2023-05-04T16:17:13 | IOS | AUTO
            [29.01.18, 12:24:03] Natan: message                  | 2018-01-29T12:24:03 | IOS | AUTO
            29.01.18, 12:24 - Natan: message                     | 2018-01-29T12:24    | ANDROID | AUTO
            13.6.2018 klo 21.25.15 - a: message                  | 2018-06-13T21:25:15 | ANDROID | AUTO
            2022/12/14, 13:34. - John Doe: message               | 2022-12-14T13:34    | ANDROID | AUTO
            13. 6. 2018. 21:25 - Natan: message                  | 2018-06-13T21:25    | ANDROID | AUTO
            12.07.2017, 22:35:22: Natan: message                 | 2017-07-12T22:35:22 | ANDROID | AUTO
            26/09/2019 à 22:39 – Natan: message                  | 2019-09-26T22:39    | ANDROID | AUTO
            12/1/23, 12:05 AM - Natan: message                   | 2023-12-01T00:05    | ANDROID | MONTH_FIRST
            12/1/23, 12:05 PM - Natan: message                   | 2023-12-01T12:05    | ANDROID | MONTH_FIRST
            """)
    void readsTheTimestamp(String line, String expected, String platform, DateOrder order) throws Exception {
        String content = line.replace("\\u202F", "\u202F").replace("\\u00A0", "\u00A0") + "\n";
        Path file = ChatFiles.write(dir, "WhatsApp Chat with Natan.txt", content);
        ChatFiles.Read read = ChatFiles.read(file, ReadOptions.defaults().withDateOrder(order));
        assertEquals(1, read.messages().size(), "messages in " + line);
        Message m = read.messages().get(0);
        assertEquals(LocalDateTime.parse(expected), m.timestamp());
        assertEquals(platform.equals("IOS") ? ExportFormat.WHATSAPP_IOS : ExportFormat.WHATSAPP_ANDROID, read.reader().format());
        assertEquals("message", m.text());
        assertEquals(MessageKind.TEXT, m.kind());
    }
}
