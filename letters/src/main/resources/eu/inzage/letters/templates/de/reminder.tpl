# Erinnerung, nachdem die Frist des Art. 12 Abs. 3 DSGVO ohne vollständige Antwort abgelaufen ist.
@subject Erinnerung: Antrag auf Auskunft über personenbezogene Daten (Art. 15 DSGVO)
@salutation Sehr geehrte Damen und Herren,

Im Namen von {participant} hat {organisation} Sie nach Artikel 15 der Datenschutz-Grundverordnung
(DSGVO) um Auskunft über personenbezogene Daten gebeten.
@if received
Unser Antrag ist am {received} bei Ihnen eingegangen.
@end
@if due
@if overdue
Die Frist für Ihre Antwort nach Art. 12 Abs. 3 DSGVO ist am {due} abgelaufen.
@else
Die Frist für Ihre Antwort nach Art. 12 Abs. 3 DSGVO endet am {due}.
@end
@end

@if missing
Folgendes, worauf {participant} nach Art. 15 DSGVO Anspruch hat, haben wir noch nicht erhalten:
@each missing
- {provision}: {name}.
@end
@else
Eine vollständige Antwort auf unseren Antrag haben wir noch nicht erhalten.
@end

@if events
Zur Erinnerung der bisherige Verlauf:
@each events
@field {date} | {text}
@end
@end

Wir bitten Sie, die vollständige Auskunft nun ohne weitere Verzögerung zu erteilen, mit der
Kopie in einem gängigen elektronischen Format, das heruntergeladen werden kann (Art. 15 Abs. 3
DSGVO), und sie an {organisation} zu senden, die aufgrund der beigefügten Vollmacht berechtigt
ist, sie im Namen von {participant} entgegenzunehmen. Erhalten wir keine vollständige Antwort,
werden wir Beschwerde bei der zuständigen Aufsichtsbehörde einlegen (Art. 77 DSGVO).

@closing Mit freundlichen Grüßen
@enclosure Kopie der von {participant} unterschriebenen Vollmacht
@enclosure Kopie unseres Auskunftsantrags
@if representative
@cc {representative}, Vertreter in der Union (Art. 27 DSGVO)
@end
