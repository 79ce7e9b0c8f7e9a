# The clinic's own facts move from content into this app, without touching a row.
#
# The tables stay where they are (Meta.db_table = "content_..."): this migration only tells Django's
# migration state that the five models are clinic's now (content 0009 takes them out of content's
# state and points the medical review's reviewer here). Nothing is created in the database.
#
# The content types of the five models are renamed (app label "content" -> "clinic") rather than new
# ones made, so every permission (the "Content editors" group's), every admin log entry and anything
# else pointing at them keeps working. On a fresh database there is nothing to rename yet: the content
# types are made after the migrations, under "clinic".

import django.db.models.deletion
import filer.fields.image
from django.conf import settings
from django.db import migrations, models

MODELS = ["clinicdetails", "openinghours", "closedday", "serviceprice", "clinician"]


def _relabel(apps, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        # Only when the new label is free: a content type is unique by (app_label, model).
        if not ContentType.objects.filter(app_label=new, model=model).exists():
            ContentType.objects.filter(app_label=old, model=model).update(app_label=new)
    # Later steps of the same run must not read the old label from the cache.
    ContentType.objects.clear_cache()


def content_types_to_clinic(apps, schema_editor):
    _relabel(apps, "content", "clinic")


def content_types_back_to_content(apps, schema_editor):
    _relabel(apps, "clinic", "content")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        # The tables were made by content's migrations, up to the closed days.
        ("content", "0008_closed_days"),
        migrations.swappable_dependency(settings.FILER_IMAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ClinicDetails',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(default='Example Ketamine Clinic', max_length=120)),
                        ('phone', models.CharField(default='555-0100', help_text='As people should dial it.', max_length=40)),
                        ('email', models.EmailField(default='hello@clinic.example', max_length=254)),
                        ('street_address', models.CharField(default='100 Example Street, Suite 200', max_length=200)),
                        ('locality', models.CharField(default='Springfield', max_length=100, verbose_name='city')),
                        ('region', models.CharField(default='ST', max_length=100, verbose_name='state')),
                        ('postal_code', models.CharField(default='00000', max_length=20)),
                        ('country', models.CharField(default='US', help_text='Two-letter country code.', max_length=2)),
                        ('service_area', models.CharField(default='Springfield and nearby towns', help_text="Where the clinic's patients come from.", max_length=200)),
                        ('service_area_es', models.CharField(blank=True, default='Springfield y pueblos cercanos', max_length=200, verbose_name='service area (Spanish)')),
                        ('language_assistance_en', models.CharField(blank=True, default='Language help is free. If you speak a language other than English, call {phone} and ask for help in your language.', help_text="Shown at the bottom of every page. {phone} becomes the clinic's phone number, as a link.", max_length=300, verbose_name='language help notice (English)')),
                        ('language_assistance_es', models.CharField(blank=True, default='Ayuda con el idioma sin costo: si habla español, llame al {phone} y pida ayuda en español.', help_text='Shown at the bottom of every page (Spanish pages, and English pages for Spanish readers).', max_length=300, verbose_name='language help notice (Spanish)')),
                        ('after_hours_phone', models.CharField(blank=True, default='555-0111', help_text='For patients after a treatment, outside opening hours. Shown in the footer, on the preparing and visiting pages and to search engines. Empty: not shown.', max_length=40, verbose_name='after-hours phone')),
                        ('directions', models.TextField(blank=True, default='Sample directions: the clinic is on the second floor of the Example Building, beside the library. Take the lift or the stairs to Suite 200.', help_text='Plain text. Leave an empty line between paragraphs.')),
                        ('directions_es', models.TextField(blank=True, default='Indicaciones de ejemplo: la clínica está en el segundo piso del Edificio Example, al lado de la biblioteca. Suba por el elevador o por la escalera a la Suite 200.', verbose_name='directions (Spanish)')),
                        ('parking', models.TextField(blank=True, default='Sample parking notes: free parking behind the building, with 2 accessible spaces by the door.', help_text='Where to park, what it costs, accessible spaces.')),
                        ('parking_es', models.TextField(blank=True, default='Estacionamiento de ejemplo: gratis detrás del edificio, con 2 lugares para personas con discapacidad junto a la puerta.', verbose_name='parking (Spanish)')),
                        ('transit', models.TextField(blank=True, default="Sample transport notes: bus lines 1 and 2 stop at Example Street, 2 minutes' walk away.", verbose_name='public transport')),
                        ('transit_es', models.TextField(blank=True, default='Transporte de ejemplo: los autobuses 1 y 2 paran en la calle Example, a 2 minutos a pie.', verbose_name='public transport (Spanish)')),
                        ('access', models.TextField(blank=True, default='Sample access notes: step-free entrance at the front door, a lift to every floor and an accessible restroom.', verbose_name='step-free access')),
                        ('access_es', models.TextField(blank=True, default='Acceso de ejemplo: entrada sin escalones por la puerta principal, elevador a todos los pisos y baño accesible.', verbose_name='step-free access (Spanish)')),
                        ('notices_confirmed_on', models.DateField(blank=True, help_text="The date the clinic's counsel confirmed the wording of the Good Faith Estimate notice, the Notice of Privacy Practices and the accessibility page. Empty: they are still samples.", null=True, verbose_name='legal notices confirmed on')),
                        ('privacy_effective_date', models.DateField(blank=True, help_text='Shown on the Notice of Privacy Practices. Empty: shown as a sample.', null=True, verbose_name='Notice of Privacy Practices: effective date')),
                    ],
                    options={
                        'verbose_name': 'clinic details',
                        'verbose_name_plural': 'clinic details',
                        'db_table': 'content_clinicdetails',
                    },
                ),
                migrations.CreateModel(
                    name='ServicePrice',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('service', models.CharField(help_text='As patients should read it, e.g. "One IV ketamine infusion".', max_length=120)),
                        ('service_es', models.CharField(blank=True, max_length=120, verbose_name='service (Spanish)')),
                        ('price_from', models.DecimalField(blank=True, decimal_places=2, help_text='In US dollars. Empty: no price is shown, only the note (e.g. billed to insurance).', max_digits=8, null=True, verbose_name='price')),
                        ('price_to', models.DecimalField(blank=True, decimal_places=2, help_text='For a price range only: the highest price. Empty: one price.', max_digits=8, null=True, verbose_name='up to')),
                        ('price_note', models.CharField(blank=True, help_text='Shown after the price, e.g. "per infusion" or "billed to insurance".', max_length=200)),
                        ('price_note_es', models.CharField(blank=True, max_length=200, verbose_name='price note (Spanish)')),
                        ('included', models.TextField(blank=True, help_text='Plain text, one or two sentences.', verbose_name='what is included')),
                        ('included_es', models.TextField(blank=True, verbose_name='what is included (Spanish)')),
                        ('position', models.PositiveSmallIntegerField(default=0, help_text='Lower numbers come first.')),
                        ('is_shown', models.BooleanField(default=True, verbose_name='shown')),
                        ('is_sample', models.BooleanField(default=False, help_text="Ticked on the sample prices the site ships with. Untick it when you enter the clinic's real price: the launch check fails while a shown price is a sample.", verbose_name='sample price')),
                        ('confirmed_on', models.DateField(help_text='The day staff last checked this price is right. Pages show the oldest of these as "Prices last updated"; a warning appears after 12 months.', verbose_name='price confirmed on')),
                    ],
                    options={
                        'verbose_name': 'service price',
                        'verbose_name_plural': 'prices',
                        'db_table': 'content_serviceprice',
                        'ordering': ['position', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Clinician',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(help_text='As patients should read it, e.g. "Dr. A. Example".', max_length=120, verbose_name='name')),
                        ('credentials', models.CharField(help_text='Degrees and certifications, e.g. "MD" or "PMHNP-BC".', max_length=80, verbose_name='credentials')),
                        ('role', models.CharField(help_text='e.g. "Medical Director (psychiatry)".', max_length=120, verbose_name='role')),
                        ('role_es', models.CharField(blank=True, max_length=120, verbose_name='role (Spanish)')),
                        ('bio', models.TextField(help_text='Plain text, a few sentences.', max_length=800, verbose_name='short bio')),
                        ('bio_es', models.TextField(blank=True, max_length=800, verbose_name='short bio (Spanish)')),
                        ('languages', models.CharField(default='en', help_text='Language codes, comma-separated.', max_length=100, verbose_name='languages spoken')),
                        ('photo_alt', models.CharField(blank=True, help_text='What the photo shows, for people who cannot see it. Required with a photo.', max_length=200, verbose_name='photo alt text')),
                        ('medical_reviewer', models.BooleanField(default=False, help_text="Can be named as a page's medical reviewer.", verbose_name='takes part in medical review')),
                        ('slug', models.SlugField(help_text="The profile's address on the care-team page (#anchor).", max_length=80, unique=True, verbose_name='anchor')),
                        ('position', models.PositiveSmallIntegerField(default=0, help_text='Lower numbers come first.', verbose_name='position')),
                        ('is_listed', models.BooleanField(default=True, verbose_name='shown on the care-team page')),
                        ('photo', filer.fields.image.FilerImageField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.FILER_IMAGE_MODEL, verbose_name='photo')),
                    ],
                    options={
                        'verbose_name': 'clinician',
                        'verbose_name_plural': 'care team',
                        'db_table': 'content_clinician',
                        'ordering': ['position', 'name'],
                    },
                ),
                migrations.CreateModel(
                    name='OpeningHours',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('weekday', models.PositiveSmallIntegerField(choices=[(0, 'Monday'), (1, 'Tuesday'), (2, 'Wednesday'), (3, 'Thursday'), (4, 'Friday'), (5, 'Saturday'), (6, 'Sunday')], verbose_name='day')),
                        ('opens', models.TimeField(help_text='24-hour clock, e.g. 08:00.', verbose_name='opens')),
                        ('closes', models.TimeField(help_text='24-hour clock, e.g. 19:00. At the latest 23:59.', verbose_name='closes')),
                        ('clinic', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='hours', to='clinic.clinicdetails')),
                    ],
                    options={
                        'verbose_name': 'opening hours',
                        'verbose_name_plural': 'opening hours',
                        'db_table': 'content_openinghours',
                        'ordering': ['weekday', 'opens'],
                    },
                ),
                migrations.CreateModel(
                    name='ClosedDay',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField()),
                        ('note', models.CharField(blank=True, help_text='For staff, e.g. "Thanksgiving". Not shown.', max_length=100)),
                        ('clinic', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='closed_days', to='clinic.clinicdetails')),
                    ],
                    options={
                        'verbose_name': 'closed day',
                        'verbose_name_plural': 'closed days (holidays)',
                        'db_table': 'content_closedday',
                        'ordering': ['date'],
                        'constraints': [models.UniqueConstraint(fields=('clinic', 'date'), name='content_closed_day_once')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_to_clinic, content_types_back_to_content),
    ]
