# Réclamation collective au titre de l'article 80, paragraphe 1, et de l'article 77 du RGPD, contre
# un responsable du traitement, auprès d'une autorité : les participants qui résident là où elle
# est compétente.
@subject Réclamation collective au titre des articles 77 et 80, paragraphe 1 du RGPD : demandes d'accès sans réponse complète
@salutation Madame, Monsieur,

{organisation} introduit, en vertu de l'article 77 du règlement général sur la protection des
données (RGPD), une réclamation contre {controller} au nom de {count} personnes concernées qui nous
ont mandatés à cet effet conformément à l'article 80, paragraphe 1 du RGPD. Chacune d'elles a
présenté par notre intermédiaire une demande d'accès au titre de l'article 15 du RGPD, et pour
chacune d'elles le délai de l'article 12, paragraphe 3 du RGPD a expiré. L'annexe indique, pour
chaque participant, ce que le responsable du traitement a répondu selon nos dossiers.
@if several
Cette réclamation est envoyée en {volumes} volumes ; voici le volume {volume}, qui couvre les
participants {first} à {last}.
@end

@heading L'auteur de la réclamation
{organisation} est un organisme à but non lucratif
@if legalForm
({legalForm})
@end
@if constitutedUnder
valablement constitué selon {constitutedUnder}, dont les objectifs statutaires sont d'intérêt
public et qui est actif dans le domaine de la protection des droits et libertés des personnes
concernées dans le cadre de la protection de leurs données à caractère personnel (article 80,
paragraphe 1 du RGPD). Ses statuts et un extrait du registre sont joints.
@else
valablement constitué conformément au droit d'un État membre, dont les objectifs statutaires sont
d'intérêt public et qui est actif dans le domaine de la protection des droits et libertés des
personnes concernées dans le cadre de la protection de leurs données à caractère personnel
(article 80, paragraphe 1 du RGPD). Ses statuts et un extrait du registre sont joints.
@end
@if objectives
@field Objectifs statutaires | {objectives}
@end
@if registration
@field Numéro d'immatriculation | {registration}
@end

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
guichet unique de l'article 56 du RGPD ne s'applique donc pas. Cette réclamation ne concerne que
des participants qui ont leur résidence habituelle sur le territoire où vous êtes l'autorité de
contrôle ; vous êtes donc compétente pour la traiter (article 55, paragraphe 1, et article 77,
paragraphe 1 du RGPD).
@end

@heading Les faits
L'annexe indique, pour chaque participant de ce volume, le jour où la demande est parvenue au
responsable du traitement, la fin du délai de l'article 12, paragraphe 3 du RGPD, le nombre de
jours écoulés depuis, et la réponse du responsable telle qu'enregistrée : pas de réponse, une
réponse incomplète avec les éléments manquants de l'article 15 du RGPD, un refus ou une autre
déclaration.
@if anyLate
Pour {late} des {inVolume} participants de ce volume, le délai a expiré sans réponse complète.
@end
Les mandats des participants suivent l'annexe, dans le même ordre.

@heading Notre demande
Nous vous prions d'examiner cette réclamation, d'enquêter dans la mesure nécessaire et de faire
usage de vos pouvoirs au titre de l'article 58, paragraphe 2 du RGPD, en particulier en ordonnant
au responsable du traitement de satisfaire aux demandes des participants (article 58, paragraphe
2, point c) du RGPD). Nous vous prions de nous informer de l'état d'avancement et de l'issue de la
réclamation (article 77, paragraphe 2 du RGPD), et en tout cas dans un délai de trois mois
(article 78, paragraphe 2 du RGPD).
@if leadAuthority
Le responsable du traitement ayant son établissement principal dans un autre État membre, nous
vous prions de coopérer avec l'autorité de contrôle chef de file conformément aux articles 56 et
60 du RGPD, tout en restant notre interlocuteur.
@end

Nous vous prions d'adresser votre correspondance relative à cette réclamation à {organisation}, en
rappelant notre référence.

@closing Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
@enclosure Annexe : les participants {first} à {last} et leurs constatations
@enclosure Les mandats de ces {inVolume} participants
@enclosure {statutes}
@enclosure {registryExtract}
