package org.icpdesk.cli;

import org.icpdesk.AppContext;
import org.icpdesk.audit.domain.AuditVerification;
import org.icpdesk.common.Json;
import picocli.CommandLine.Command;

/** {@code audit verify}: checks the hash chain of the audit log; exit 0 if intact, 1 and the first broken record otherwise. */
@Command(name = "audit", subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "verify");
    }

    @Command(name = "verify")
    static final class Verify extends StoreCommand {
        Verify(CliEnvironment cli) {
            super(cli);
        }

        @Override
        int execute() throws Exception {
            try (AppContext app = openStore()) {
                AuditVerification v = app.audit().verify(app.store());
                var line = Json.mapper().createObjectNode().put("intact", v.intact()).put("records", v.records());
                if (v.intact()) {
                    line.put("head", v.headHash());
                } else {
                    line.put("firstBroken", v.firstBrokenSeq());
                }
                cli.out().println(line);
                if (!v.intact()) {
                    cli.err().println(cli.messages().get("audit.verify.broken", v.firstBrokenSeq()));
                }
                return v.intact() ? ExitCode.OK : ExitCode.FAILURE;
            }
        }
    }
}
