package [=project.package];

public final class [=project.className]App {
}
