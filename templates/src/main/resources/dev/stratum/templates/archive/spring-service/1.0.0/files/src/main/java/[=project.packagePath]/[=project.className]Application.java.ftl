package [=project.package];

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class [=project.className]Application {

    public static void main(String[] args) {
        SpringApplication.run([=project.className]Application.class, args);
    }
}
