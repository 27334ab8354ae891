# Rappel après l'expiration du délai de l'article 12, paragraphe 3, du RGPD sans réponse complète.
@subject Rappel : demande d'accès aux données à caractère personnel (article 15 du RGPD)
@salutation Madame, Monsieur,

Au nom de {participant}, {organisation} vous a demandé l'accès à des données à caractère
personnel en vertu de l'article 15 du règlement général sur la protection des données (RGPD).
@if received
Notre demande vous est parvenue le {received}.
@end
@if due
@if overdue
Le délai de réponse prévu à l'article 12, paragraphe 3, du RGPD a expiré le {due}.
@else
Le délai de réponse prévu à l'article 12, paragraphe 3, du RGPD expire le {due}.
@end
@end

@if missing
Nous n'avons pas encore reçu les éléments suivants, auxquels {participant} a droit en vertu de
l'article 15 du RGPD :
@each missing
- {provision}: {name}.
@end
@else
Nous n'avons pas encore reçu de réponse complète à notre demande.
@end

@if events
Pour mémoire, voici ce qui s'est passé jusqu'à présent :
@each events
@field {date} | {text}
@end
@end

Nous vous demandons de fournir la réponse complète sans plus tarder, avec la copie sous une forme
électronique d'usage courant qui puisse être téléchargée (article 15, paragraphe 3, du RGPD), et
de l'adresser à {organisation}, autorisée par le mandat ci-joint à la recevoir au nom de
{participant}. À défaut de réponse complète, nous introduirons une réclamation auprès de
l'autorité de contrôle compétente (article 77 du RGPD).

@closing Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
@enclosure Copie du mandat signé par {participant}
@enclosure Copie de notre demande d'accès
@if representative
@cc {representative}, représentant dans l'Union (article 27 du RGPD)
@end
