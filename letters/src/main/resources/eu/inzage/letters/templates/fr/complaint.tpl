# Réclamation auprès de l'autorité de contrôle du lieu de résidence du participant (article 77).
@subject Réclamation au titre de l'article 77 du RGPD : demande d'accès sans réponse complète
@salutation Madame, Monsieur,

Au nom de {participant}, résidant {inResidence}, {organisation} introduit une réclamation au
titre de l'article 77 du règlement général sur la protection des données (RGPD) contre
{controller}. La réclamation porte sur une demande d'accès fondée sur l'article 15 du RGPD à
laquelle le responsable du traitement n'a pas répondu de manière complète. Nous agissons en vertu
du mandat ci-joint, signé par {participant}.

@heading Le responsable du traitement
@field Responsable du traitement | {controller}
@if leadAuthority
@field Autorité de contrôle chef de file | {leadAuthority} ({leadCountry})
@end

@heading Les faits
@if received
@field Réception de la demande par le responsable du traitement | {received}
@end
@if due
@field Expiration du délai (art. 12, par. 3, du RGPD) | {due}
@end
@each events
@field {date} | {text}
@end

@if missing
Le responsable du traitement n'a pas fourni les éléments suivants, auxquels {participant} a droit
en vertu de l'article 15 du RGPD :
@each missing
- {provision}: {name}.
@end
@else
Le responsable du traitement n'a pas répondu de manière complète à la demande.
@end

@heading Notre demande
Nous vous demandons de traiter cette réclamation, d'enquêter sur son objet dans la mesure
nécessaire et d'exercer les pouvoirs que vous confère l'article 58, paragraphe 2, du RGPD, en
particulier en ordonnant au responsable du traitement de satisfaire à la demande (article 58,
paragraphe 2, point c), du RGPD). Nous vous prions de nous informer de l'état d'avancement et de
l'issue de la réclamation (article 77, paragraphe 2, du RGPD), et en tout cas dans un délai de
trois mois (article 78, paragraphe 2, du RGPD).
@if leadAuthority
Le responsable du traitement ayant son établissement principal dans un autre État membre, nous
vous demandons de coopérer avec l'autorité de contrôle chef de file conformément aux articles 56
et 60 du RGPD, tout en restant notre interlocuteur.
@end

Veuillez adresser votre correspondance relative à cette réclamation à {organisation}, en
rappelant notre référence.

@closing Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
@enclosure Mandat signé par {participant}
@enclosure Copie de la demande d'accès
@if events
@enclosure Correspondance avec le responsable du traitement
@end
