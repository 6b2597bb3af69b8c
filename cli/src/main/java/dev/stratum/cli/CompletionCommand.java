package dev.stratum.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a shell completion script generated from the command model, so it never lags behind the options. */
@Command(name = "completion", header = "Print a shell completion script (bash or zsh).",
        description = {"Usage: source <(stratum completion bash)"})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    private Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("stratum", spec.root().commandLine());
        if (shell == Shell.zsh) {
            // picocli's script is bash; zsh runs it through its bash-completion emulation.
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        return 0;
    }
}
