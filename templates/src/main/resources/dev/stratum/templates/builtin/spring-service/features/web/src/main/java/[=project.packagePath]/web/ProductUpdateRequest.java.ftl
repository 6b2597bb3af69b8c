package [=project.package].web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request body for updating a product: the SKU identifies a product for good, so it cannot be changed. */
public record ProductUpdateRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @PositiveOrZero Long priceCents) {
}
