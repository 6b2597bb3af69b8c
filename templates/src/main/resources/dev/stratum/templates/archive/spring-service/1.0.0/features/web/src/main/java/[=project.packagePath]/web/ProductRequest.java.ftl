package [=project.package].web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request body for creating or updating a product; validated before it reaches the service. */
public record ProductRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String sku,
        @NotBlank @Size(max = 200) String name,
        @PositiveOrZero long priceCents) {
}
