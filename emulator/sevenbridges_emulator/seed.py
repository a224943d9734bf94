"""The data the emulator starts with: a lab of users, one billing group and its costs."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta

from .state import (
    AnalysisCharge,
    BillingGroup,
    Division,
    EgressCharge,
    Invoice,
    State,
    StorageCharge,
    Team,
    User,
    utc_now,
)
from .stores.apps import seed_public_apps
from .stores.datasets import seed_datasets

DIVISION_ID = "the-lab"
OTHER_DIVISION_ID = "caltech-chemistry"


def _month_start(moment: datetime, months_back: int) -> datetime:
    year, month = moment.year, moment.month - months_back
    while month < 1:
        year, month = year - 1, month + 12
    return moment.replace(year=year, month=month, day=1, hour=0, minute=0, second=0)


def seed(state: State, token: str) -> None:
    """Fill an empty store. The main user (`state.main_username`) is the only one with a token."""
    main = state.main_username
    name_parts = [part for part in re.split(r"[_.\-]+", main) if part] or [main]
    state.divisions[DIVISION_ID] = Division(id=DIVISION_ID, name="The Lab")
    state.divisions[OTHER_DIVISION_ID] = Division(id=OTHER_DIVISION_ID, name="Caltech Chemistry")
    state.add_user(
        User(
            username=main,
            email=f"{main.replace('_', '.')}@example.org",
            first_name=name_parts[0].title(),
            last_name=name_parts[-1].title() if len(name_parts) > 1 else "",
            affiliation="Seven Bridges",
            phone="+1 617 555 0100",
            address="1 Main Street",
            city="Boston",
            state="MA",
            country="United States",
            zip_code="02110",
            division=DIVISION_ID,
            role="admin",
        ),
        token=token,
    )
    colleagues = [
        User(
            username="rfranklin",
            email="rosalind.franklin@example.org",
            first_name="Rosalind",
            last_name="Franklin",
            affiliation="King's College London",
            address="Strand",
            city="London",
            country="United Kingdom",
            zip_code="WC2R 2LS",
            division=DIVISION_ID,
            role="member",
        ),
        User(
            username="francis-crick",
            email="francis.crick@example.org",
            first_name="Francis",
            last_name="Crick",
            affiliation="University of Cambridge",
            city="Cambridge",
            country="United Kingdom",
            zip_code="CB2 1TN",
            division=DIVISION_ID,
            role="member",
        ),
        User(
            username="jwatson",
            email="james.watson@example.org",
            first_name="James",
            last_name="Watson",
            affiliation="Cold Spring Harbor Laboratory",
            city="Cold Spring Harbor",
            state="NY",
            country="United States",
            zip_code="11724",
            division=DIVISION_ID,
            role="member",
        ),
        # Outside the main user's division: asking for him is refused (403, code 2001).
        User(
            username="lpauling",
            email="linus.pauling@example.org",
            first_name="Linus",
            last_name="Pauling",
            affiliation="California Institute of Technology",
            city="Pasadena",
            state="CA",
            country="United States",
            zip_code="91125",
            division=OTHER_DIVISION_ID,
            role="admin",
        ),
    ]
    for user in colleagues:
        if user.username != main:
            state.add_user(user)
    team = Team(
        id="5ec0a5e0-7ea3-4c0e-9b1a-000000000001",
        name="Sequencing Core",
        division=DIVISION_ID,
        members={main, "rfranklin"},
    )
    state.teams[team.id] = team
    _seed_billing(state, main)
    seed_public_apps(state.apps)
    seed_datasets(state.datasets, main)


def _seed_billing(state: State, owner: str) -> None:
    group = BillingGroup(
        id=str(uuid.uuid4()),
        owner=owner,
        name=f"Pilot Funds ({owner})",
        type="free",
        balance=100.0,
        members={owner},
    )
    state.billing_groups[group.id] = group

    now = utc_now()
    older, newer, current = (_month_start(now, n) for n in (2, 1, 0))
    invoices = [
        Invoice(
            id="6351830069",
            billing_group=group.id,
            pending=False,
            approval_date=newer + timedelta(days=4, hours=9),
            period_from=older,
            period_to=newer - timedelta(seconds=1),
            analysis_costs=0.0,
            storage_costs=0.0,
        ),
        Invoice(
            id="6351830070",
            billing_group=group.id,
            pending=True,
            approval_date=None,
            period_from=newer,
            period_to=current - timedelta(seconds=1),
            analysis_costs=0.0,
            storage_costs=0.0,
        ),
    ]
    periods = [(invoices[0].id, older), (invoices[1].id, newer), (None, current)]
    people = [owner, "rfranklin", "francis-crick"]
    projects = ["rna-seq-pilot", "wgs-cohort-a", "variant-calling-demo"]
    apps = ["BWA-MEM Alignment", "GATK HaplotypeCaller", "STAR Aligner", "Salmon Quant"]

    for n in range(8):
        invoice_id, start = periods[n % 3]
        began = start + timedelta(days=1 + n, hours=8 + n)
        state.analysis_charges.append(
            AnalysisCharge(
                billing_group=group.id,
                invoice_id=invoice_id,
                project_name=projects[n % len(projects)],
                project_owner=owner,
                app_name=apps[n % len(apps)],
                analysis_name=f"{apps[n % len(apps)]} run {n + 1}",
                analysis_id=str(uuid.uuid4()),
                ran_by=people[n % len(people)],
                status="FAILED" if n == 5 else "COMPLETED",
                storage=round(0.01 * (n + 1), 2),
                computation=round(1.25 + 0.75 * n, 2),
                data_transfer_in=0.0 if n % 2 else 0.05,
                refunded=1.25 + 0.75 * n if n == 5 else 0.0,
                time_started=began,
                time_finished=began + timedelta(hours=1, minutes=5 * n),
            )
        )
    for n in range(6):
        invoice_id, start = periods[n % 3]
        active = 12.5 * (n + 1)
        archived = 40.0 if n % 2 else 0.0
        state.storage_charges.append(
            StorageCharge(
                billing_group=group.id,
                invoice_id=invoice_id,
                day=start + timedelta(days=n),
                project_name=projects[n % len(projects)],
                project_created_by=owner,
                location="aws:us-east-1",
                active_gb=active,
                active_cost=round(active * 0.023, 2),
                archived_gb=archived,
                archived_cost=round(archived * 0.004, 2),
            )
        )
    for n in range(5):
        invoice_id, start = periods[n % 3]
        size = 3.2 * (n + 1)
        state.egress_charges.append(
            EgressCharge(
                billing_group=group.id,
                invoice_id=invoice_id,
                day=start + timedelta(days=2 + n),
                project_name=projects[n % len(projects)],
                downloaded_by=people[n % len(people)],
                size_gb=round(size, 2),
                cost=round(size * 0.09, 2),
            )
        )
    for invoice in invoices:
        invoice.analysis_costs = round(
            sum(
                c.amount - c.refunded for c in state.analysis_charges if c.invoice_id == invoice.id
            ),
            2,
        )
        invoice.storage_costs = round(
            sum(
                c.active_cost + c.archived_cost
                for c in state.storage_charges
                if c.invoice_id == invoice.id
            ),
            2,
        )
        state.invoices[invoice.id] = invoice
