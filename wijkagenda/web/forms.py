"""Forms that render with the NL Design System (utrecht) classes and accessible descriptions."""

from django import forms

WIDGET_CLASSES = {
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.ClearableFileInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.FileInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.TextInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.EmailInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.NumberInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
}


class UtrechtForm(forms.Form):
    """Gives widgets the utrecht classes and ties help and errors to their field.

    Subclasses that add fields in `__init__` call `style_fields()` afterwards.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.style_fields()

    def style_fields(self) -> None:
        for name, field in self.fields.items():
            css = WIDGET_CLASSES.get(type(field.widget))
            if css:
                field.widget.attrs["class"] = css
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}-help"

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                described = attrs.get("aria-describedby", "")
                attrs["aria-describedby"] = f"{described} id_{name}-error".strip()
