"""The phone script as plain text: what the user edits, downloads and prints."""


def script_as_text(script):
    parts = ["BEFORE YOU CALL"]
    parts += [f"{section.title}: {section.text}" for section in script.before_you_call]
    for section in script.sections:
        parts += ["", section.title.upper(), section.text]
    parts += ["", "IF THEY ASK"]
    for item in script.pushback:
        parts += [f"“{item.question}”", item.answer, ""]
    parts += ["VOICEMAIL", script.voicemail]
    parts += ["", "AFTER THE CALL, EMAIL", f"Subject: {script.follow_up_email.subject}", ""]
    parts.append(script.follow_up_email.body)
    return "\n".join(parts).strip()
