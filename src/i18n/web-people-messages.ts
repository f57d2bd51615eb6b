/** The words of the calendar feed, the e-mail reminders, the OpenID Connect sign-in and user administration. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  "cal.title": { it: "Calendario delle scadenze", en: "Deadline calendar" },
  "cal.intro": {
    it: "Le scadenze dei tuoi indicatori e le chiusure delle campagne di monitoraggio, nel tuo calendario (Outlook, Thunderbird, Google Calendar, telefono).",
    en: "The deadlines of your indicators and the closing of the monitoring campaigns, in your calendar (Outlook, Thunderbird, Google Calendar, phone).",
  },
  "cal.subscribe": { it: "Iscriviti al calendario", en: "Subscribe to the calendar" },
  "cal.address": { it: "Indirizzo da copiare:", en: "Address to copy:" },
  "cal.secret": {
    it: "Chi conosce questo indirizzo vede le tue scadenze: non condividerlo. Se serve, generane uno nuovo: il precedente smette di funzionare.",
    en: "Whoever knows this address sees your deadlines: do not share it. If needed, make a new one: the old one stops working.",
  },
  "cal.none": {
    it: "Non hai ancora un indirizzo per il calendario.",
    en: "You have no calendar address yet.",
  },
  "cal.create": { it: "Crea l'indirizzo del calendario", en: "Create the calendar address" },
  "cal.renew": { it: "Genera un nuovo indirizzo", en: "Make a new address" },
  "cal.renewed": {
    it: "Nuovo indirizzo del calendario creato; il precedente non funziona più.",
    en: "New calendar address created; the previous one no longer works.",
  },
  "cal.unknownFeed": {
    it: "Questo calendario non esiste o il suo indirizzo è stato rinnovato.",
    en: "This calendar does not exist or its address has been renewed.",
  },
});
