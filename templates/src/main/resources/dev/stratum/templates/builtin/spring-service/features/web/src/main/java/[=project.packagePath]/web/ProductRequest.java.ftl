package [=project.package].web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Request body for creating a product; validated before it reaches the service. {@code priceCents} is boxed so
 * that a missing price is a validation error rather than a silent 0; a fractional price is rejected while the
 * body is read (spring.jackson.deserialization.accept-float-as-int=false).
 */
public record ProductRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String sku,
        @NotBlank @Size(max = 200) String name,
        @NotNull @PositiveOrZero Long priceCents) {
}
