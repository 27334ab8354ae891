# Réclamation auprès de l'autorité de contrôle du lieu de résidence du participant (article 77).
@subject Réclamation au titre de l'article 77 du RGPD : demande d'accès sans réponse complète
@salutation Madame, Monsieur,

Au nom {ofParticipant}, résidant {inResidence}, {organisation} introduit une réclamation au
titre de l'article 77 du règlement général sur la protection des données (RGPD) contre
{controller}. La réclamation porte sur une demande d'accès fondée sur l'article 15 du
RGPD. Nous agissons en vertu du mandat ci-joint, signé par {participant}.

@heading Le responsable du traitement
@field Responsable du traitement | {controller}
@if leadAuthority
@field Autorité de contrôle chef de file | {leadAuthority} ({leadCountry})
@end
@if noOneStopShop
@if representative
@field Représentant dans l'Union (article 27 du RGPD) | {representative}
@if representativeAddress
@field Adresse du représentant | {representativeAddress}
@end
@else
@field Représentant dans l'Union (article 27 du RGPD) | aucun représentant connu
@end
@end

@if noOneStopShop
@heading Votre compétence
Le responsable du traitement n'a pas d'établissement principal dans l'Union ; le mécanisme de
guichet unique de l'article 56 du RGPD ne s'applique donc pas. En tant qu'autorité de contrôle de
l'État membre dans lequel {participant} a sa résidence habituelle, vous êtes compétente pour
traiter cette réclamation (article 55, paragraphe 1, et article 77, paragraphe 1 du RGPD).
@end

@heading Les faits
@if received
@field Réception de la demande par le responsable du traitement | {received}
@end
@if due
@field Expiration du délai (article 12, paragraphe 3 du RGPD) | {due}
@end
@each events
@field {date} | {text}
@end

@if answerNone
Aucune réponse du responsable du traitement n'est enregistrée : le délai de l'article 12,
paragraphe 3 du RGPD a expiré sans que le responsable du traitement ait fourni les informations et
la copie auxquelles {participant} a droit en vertu de l'article 15 du RGPD.
@end
@if answerIncomplete
Le responsable du traitement a répondu le {answeredOn}, mais sa réponse est incomplète.
@end
@if answerRefused
Le responsable du traitement a refusé la demande le {answeredOn}.
@end
@if answerNoData
Le {answeredOn}, le responsable du traitement a déclaré ne détenir aucune donnée à caractère
personnel concernant {participant}.
@end
@if answerProcessor
Le {answeredOn}, le responsable du traitement a déclaré n'agir qu'en qualité de sous-traitant,
sans nommer les responsables du traitement pour lesquels il traite les données.
@end
@if !answerNone
@if missing
Le responsable du traitement n'a pas fourni les éléments suivants, auxquels {participant} a droit
en vertu de l'article 15 du RGPD :
@each missing
- {provision} : {name}.
@end
@else
@if answerUnclassified
Le responsable du traitement n'a pas répondu de manière complète à la demande.
@end
@end
@end

@heading Notre demande
Nous vous demandons de traiter cette réclamation, d'enquêter sur son objet dans la mesure
nécessaire et d'exercer les pouvoirs que vous confère l'article 58, paragraphe 2 du RGPD, en
particulier en ordonnant au responsable du traitement de satisfaire à la demande (article 58,
paragraphe 2, point c) du RGPD). Nous vous prions de nous informer de l'état d'avancement et de
l'issue de la réclamation (article 77, paragraphe 2 du RGPD), et en tout cas dans un délai de
trois mois (article 78, paragraphe 2 du RGPD).
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
