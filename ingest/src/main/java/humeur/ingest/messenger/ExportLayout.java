package humeur.ingest.messenger;

import humeur.ingest.SafeZip;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Finds the thread files of an export, on disk or in a zip, by their names alone: {@code message_N.json} parts grouped
 * by folder (wherever the folder is: inbox, archived_threads, filtered_threads, message_requests, e2ee_cutover…),
 * and {@code <Name>_<n>.json} files, which may be end-to-end-encrypted threads and must be confirmed by their content.
 */
final class ExportLayout {
    private static final Pattern MAYBE_THREAD = Pattern.compile(".+_\\d+\\.json");
    private static final Pattern ID_SUFFIX = Pattern.compile("_\\d+(\\.json)?$");
    // a whole export is …/your_facebook_activity/messages/inbox/<thread>/message_1.json: deeper is not an export
    private static final int MAX_DEPTH = 10;

    /**
     * The files of one thread.
     *
     * @param origin       the thread folder, or the file of a one-file thread, for messages
     * @param fallbackName a name from the file system for when the file names none
     * @param parts        its files in part-number order
     * @param maybe        whether it is only a candidate, to be kept only when its content is a thread
     */
    record ThreadFiles(String origin, String fallbackName, List<JsonFile> parts, boolean maybe) {
    }

    /** A JSON file with the folder it is in. */
    private record Located(String folder, String folderName, JsonFile file) {
    }

    private ExportLayout() {
    }

    /** The threads of a folder: a thread folder itself, or any folder above thread folders. */
    static List<ThreadFiles> inFolder(Path folder) throws IOException {
        ThreadFiles thread = threadFolder(folder);
        if (!thread.parts().isEmpty()) {
            return List.of(thread);
        }
        List<Located> files = new ArrayList<>();
        Files.walkFileTree(folder, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return ignored(dir.getFileName() == null ? "" : dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isJson(file.getFileName().toString())) {
                    Path parent = file.getParent();
                    files.add(new Located(parent.toString(), name(parent), JsonFile.of(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable corner of an export must not hide the rest
            }
        });
        return group(files);
    }

    /** The {@code message_N.json} parts of one thread folder, none when it holds no part. */
    static ThreadFiles threadFolder(Path folder) throws IOException {
        List<Located> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> JsonFile.isPartName(name(f)) && Files.isRegularFile(f))
                    .forEach(f -> parts.add(new Located(folder.toString(), name(folder), JsonFile.of(f))));
        }
        List<ThreadFiles> threads = group(parts);
        return threads.isEmpty() ? new ThreadFiles(folder.toString(), name(folder), List.of(), false) : threads.get(0);
    }

    /** A file that is a whole thread by itself. */
    static ThreadFiles oneFile(JsonFile file) {
        return new ThreadFiles(file.where(), stripId(file.name()), List.of(file), false);
    }

    /** The threads of a zipped export. */
    static List<ThreadFiles> inZip(SafeZip zip) {
        List<Located> files = new ArrayList<>();
        for (ZipEntry entry : zip.entries()) {
            // some Windows tools write entry names with backslashes
            String name = entry.getName().replace('\\', '/');
            if (!isJson(name)) {
                continue;
            }
            int slash = name.lastIndexOf('/');
            String folder = slash < 0 ? "" : name.substring(0, slash);
            if (Stream.of(folder.split("/")).noneMatch(ExportLayout::ignored)) {
                String folderName = folder.substring(folder.lastIndexOf('/') + 1);
                files.add(new Located(zip.path() + "!/" + folder + (folder.isEmpty() ? "" : "/"), folderName,
                        JsonFile.of(zip, entry)));
            }
        }
        return group(files);
    }

    private static List<ThreadFiles> group(List<Located> files) {
        Map<String, List<Located>> partsByFolder = new LinkedHashMap<>();
        List<ThreadFiles> threads = new ArrayList<>();
        for (Located f : files) {
            String name = f.file().name();
            if (name.startsWith("._")) {
                continue; // macOS resource forks carry the names of the files they describe
            }
            if (JsonFile.isPartName(name)) {
                partsByFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(f);
            } else if (MAYBE_THREAD.matcher(name).matches()) {
                threads.add(new ThreadFiles(f.file().where(), stripId(name), List.of(f.file()), true));
            }
        }
        partsByFolder.forEach((folder, parts) -> threads.add(new ThreadFiles(folder, stripId(parts.get(0).folderName()),
                parts.stream().map(Located::file).sorted(Comparator.comparingInt(JsonFile::partNumber)).toList(), false)));
        threads.sort(Comparator.comparing(ThreadFiles::origin));
        return threads;
    }

    // only JSON is kept while walking: an export holds far more photos than threads
    private static boolean isJson(String name) {
        return name.endsWith(".json");
    }

    private static boolean ignored(String folderName) {
        return folderName.equals("__MACOSX");
    }

    private static String name(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static String stripId(String name) {
        String stripped = ID_SUFFIX.matcher(name).replaceFirst("");
        return stripped.isEmpty() ? name : stripped;
    }
}
