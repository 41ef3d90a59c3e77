package org.icpdesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes (cli.md: anywhere after the command name). */
public final class CommonOptions {
    @Option(names = "--store", paramLabel = "<dir>", descriptionKey = "cli.option.store")
    Path store;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    String lang;

    @Option(names = "--verbose", descriptionKey = "cli.option.verbose")
    boolean verbose;

    @Option(names = "--password-file", paramLabel = "<file>", descriptionKey = "cli.option.password-file")
    Path passwordFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;
}
