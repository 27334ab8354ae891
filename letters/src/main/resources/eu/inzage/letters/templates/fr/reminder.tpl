# Rappel après l'expiration du délai de l'article 12, paragraphe 3, du RGPD sans réponse complète,
# ou suite à une réponse qui ne répond pas à la demande (simple qualité de sous-traitant).
@subject Rappel : demande d'accès aux données à caractère personnel (article 15 du RGPD)
@salutation Madame, Monsieur,

Au nom {ofParticipant}, {organisation} vous a demandé l'accès à des données à caractère
personnel en vertu de l'article 15 du règlement général sur la protection des données (RGPD).
@if submitted
@if proof
Nous avons envoyé notre demande le {submitted} (preuve de l'envoi : {proof}).
@else
Nous avons envoyé notre demande le {submitted}.
@end
@else
@if proof
La preuve de l'envoi de notre demande est la suivante : {proof}.
@end
@end
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
@if lateExtension
Votre avis de prolongation du délai nous est parvenu le {extensionNotified}, après la fin du
premier mois, le {oneMonth}. Une prolongation doit être notifiée dans un délai d'un mois à compter
de la réception de la demande (article 12, paragraphe 3, du RGPD) ; cette prolongation n'est donc
pas valable et ne prolonge pas le délai.
@end

@if processorClaimed
Le {processorClaimed}, vous avez répondu n'agir qu'en qualité de sous-traitant. Cette réponse ne
répond pas à notre demande. Le sous-traitant aide le responsable du traitement à donner suite aux
demandes des personnes concernées (article 28, paragraphe 3, point e) du RGPD), et {participant}
peut exercer son droit d'accès auprès du responsable du traitement (article 15 du RGPD). Nous
vous prions donc :
- de nous indiquer pour quels responsables du traitement vous traitez des données à caractère
  personnel {ofParticipant}, avec leur nom et leurs coordonnées ;
- de transmettre sans plus tarder notre demande à ces responsables du traitement ;
- de nous confirmer si vous traitez aussi des données à caractère personnel {ofParticipant}
  pour vos propres finalités ; pour ce traitement, vous êtes vous-même responsable du traitement,
  et nous vous prions de fournir la réponse complète prévue à l'article 15 du RGPD.
@else
@if missing
Nous n'avons pas encore reçu les éléments suivants, auxquels {participant} a droit en vertu de
l'article 15 du RGPD :
@each missing
- {provision} : {name}.
@end
@else
Nous n'avons pas encore reçu de réponse complète à notre demande.
@end
@end

@if events
Pour mémoire, voici ce qui s'est passé jusqu'à présent :
@each events
@field {date} | {text}
@end
@end

@if !processorClaimed
Nous vous prions de fournir la réponse complète sans plus tarder, avec la copie sous une forme
électronique d'usage courant qui puisse être téléchargée (article 15, paragraphe 3, du RGPD), et
de l'adresser à {organisation}, autorisée par le mandat ci-joint à la recevoir au
nom {ofParticipant}.
@end
@if finalDate
Nous vous prions de nous répondre au plus tard le {finalDate}. Si nous n'avons pas reçu de réponse
complète à cette date, nous introduirons une réclamation auprès de l'autorité de contrôle
compétente (article 77 du RGPD).
@else
À défaut de réponse complète, nous introduirons une réclamation auprès de l'autorité de contrôle
compétente (article 77 du RGPD).
@end

@closing Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
@enclosure Copie du mandat signé par {participant}
@enclosure Copie de notre demande d'accès
@if representative
@cc {representative}, représentant dans l'Union (article 27 du RGPD)
@end
