package app.convene.stakeholders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An organization to find or create. {@code parentId} names the organization it is part of (an
 * office of a city, a department of a county), or is null.
 */
public record NewOrganization(@NotBlank @Size(max = 300) String name, Long parentId, @NotNull OrganizationType type,
                              Sector sector, @Size(max = 120) String county, @Size(max = 200) String region) {
}
