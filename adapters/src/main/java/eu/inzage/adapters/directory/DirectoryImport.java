package eu.inzage.adapters.directory;

import java.util.List;
import java.util.Optional;

/**
 * What an import of the open directory found: the imported controllers and authorities in slug
 * order and the rejected records in file order.
 *
 * @param companies the controllers, one per slug
 * @param authorities the supervisory authorities, one per slug
 * @param rejected the records that were not imported, each with its file and the reason
 */
public record DirectoryImport(
    List<ImportedController> companies,
    List<ImportedAuthority> authorities,
    List<Rejection> rejected) {

  /** Makes the lists immutable. */
  public DirectoryImport {
    companies = List.copyOf(companies);
    authorities = List.copyOf(authorities);
    rejected = List.copyOf(rejected);
  }

  /** The imported controller with this slug, if any. */
  public Optional<ImportedController> company(String slug) {
    return companies.stream().filter(c -> c.profile().id().equals(slug)).findFirst();
  }

  /** The imported authority with this slug, if any. */
  public Optional<ImportedAuthority> authority(String slug) {
    return authorities.stream().filter(a -> a.slug().equals(slug)).findFirst();
  }
}
