/* DO NOT EDIT: generated from spec/nvm.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "nvm_codec.h"

const struct pv_name nvm_opcode_names[13] = {
	{0, "FLUSH"},
	{1, "WRITE"},
	{2, "READ"},
	{4, "WRITE_UNCORRECTABLE"},
	{5, "COMPARE"},
	{8, "WRITE_ZEROES"},
	{9, "DATASET_MANAGEMENT"},
	{12, "VERIFY"},
	{13, "RESERVATION_REGISTER"},
	{14, "RESERVATION_REPORT"},
	{17, "RESERVATION_ACQUIRE"},
	{21, "RESERVATION_RELEASE"},
	{25, "COPY"},
};

const char *nvm_opcode_name(uint32_t v)
{
	const char *n = pv_name_find(nvm_opcode_names, 13, v);

	return n ? n : "?";
}

static void nvm_sqe_hdr_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvm_sqe_hdr *s = p;

	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " fuse=%llu", (unsigned long long)s->fuse);
	pv_fmt_add(fm, " psdt=%llu", (unsigned long long)s->psdt);
	pv_fmt_add(fm, " cid=%llu", (unsigned long long)s->cid);
	pv_fmt_add(fm, " nsid=%llu", (unsigned long long)s->nsid);
	pv_fmt_add(fm, " cdw2=%llu", (unsigned long long)s->cdw2);
	pv_fmt_add(fm, " cdw3=%llu", (unsigned long long)s->cdw3);
	pv_fmt_add(fm, " mptr=0x%llx", (unsigned long long)s->mptr);
	pv_fmt_add(fm, " prp1=0x%llx", (unsigned long long)s->prp1);
	pv_fmt_add(fm, " prp2=0x%llx", (unsigned long long)s->prp2);
}

int nvm_sqe_hdr_format(const struct nvm_sqe_hdr *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "sqe_hdr", nvm_sqe_hdr_fmt, s);
}

static void nvm_rw_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvm_rw *s = p;

	pv_fmt_sub(fm, " hdr={", nvm_sqe_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " slba=0x%llx", (unsigned long long)s->slba);
	if (s->cdw12_rsvd)
		pv_fmt_add(fm, " cdw12_rsvd=0x%llx", (unsigned long long)s->cdw12_rsvd);
	pv_fmt_add(fm, " nlb=%llu", (unsigned long long)s->nlb);
	pv_fmt_add(fm, " dtype=%llu", (unsigned long long)s->dtype);
	pv_fmt_add(fm, " stc=%llu", (unsigned long long)s->stc);
	pv_fmt_add(fm, " prinfo=%llu", (unsigned long long)s->prinfo);
	pv_fmt_add(fm, " fua=%llu", (unsigned long long)s->fua);
	pv_fmt_add(fm, " lr=%llu", (unsigned long long)s->lr);
	if (s->cdw13_rsvd)
		pv_fmt_add(fm, " cdw13_rsvd=0x%llx", (unsigned long long)s->cdw13_rsvd);
	pv_fmt_add(fm, " dsm=%llu", (unsigned long long)s->dsm);
	pv_fmt_add(fm, " dspec=%llu", (unsigned long long)s->dspec);
	pv_fmt_add(fm, " eilbrt=%llu", (unsigned long long)s->eilbrt);
	if (s->cdw15_rsvd)
		pv_fmt_add(fm, " cdw15_rsvd=0x%llx", (unsigned long long)s->cdw15_rsvd);
	pv_fmt_add(fm, " elbat=%llu", (unsigned long long)s->elbat);
	pv_fmt_add(fm, " elbatm=%llu", (unsigned long long)s->elbatm);
}

int nvm_rw_format(const struct nvm_rw *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "rw", nvm_rw_fmt, s);
}

static void nvm_write_zeroes_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvm_write_zeroes *s = p;

	pv_fmt_sub(fm, " hdr={", nvm_sqe_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " slba=0x%llx", (unsigned long long)s->slba);
	if (s->cdw12_rsvd)
		pv_fmt_add(fm, " cdw12_rsvd=0x%llx", (unsigned long long)s->cdw12_rsvd);
	pv_fmt_add(fm, " nlb=%llu", (unsigned long long)s->nlb);
	pv_fmt_add(fm, " dtype=%llu", (unsigned long long)s->dtype);
	pv_fmt_add(fm, " stc=%llu", (unsigned long long)s->stc);
	pv_fmt_add(fm, " deac=%llu", (unsigned long long)s->deac);
	pv_fmt_add(fm, " prinfo=%llu", (unsigned long long)s->prinfo);
	pv_fmt_add(fm, " fua=%llu", (unsigned long long)s->fua);
	pv_fmt_add(fm, " lr=%llu", (unsigned long long)s->lr);
	pv_fmt_add(fm, " cdw13=%llu", (unsigned long long)s->cdw13);
	pv_fmt_add(fm, " eilbrt=%llu", (unsigned long long)s->eilbrt);
	pv_fmt_add(fm, " cdw15=%llu", (unsigned long long)s->cdw15);
}

int nvm_write_zeroes_format(const struct nvm_write_zeroes *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "write_zeroes", nvm_write_zeroes_fmt, s);
}

static void nvm_dsm_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvm_dsm *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", nvm_sqe_hdr_fmt, &s->hdr);
	if (s->cdw10_rsvd)
		pv_fmt_add(fm, " cdw10_rsvd=0x%llx", (unsigned long long)s->cdw10_rsvd);
	pv_fmt_add(fm, " nr=%llu", (unsigned long long)s->nr);
	if (s->cdw11_rsvd)
		pv_fmt_add(fm, " cdw11_rsvd=0x%llx", (unsigned long long)s->cdw11_rsvd);
	pv_fmt_add(fm, " idr=%llu", (unsigned long long)s->idr);
	pv_fmt_add(fm, " idw=%llu", (unsigned long long)s->idw);
	pv_fmt_add(fm, " ad=%llu", (unsigned long long)s->ad);
	pv_fmt_add(fm, " cdw12={");
	for (i = 0; i < 4; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cdw12[i]);
	pv_fmt_add(fm, "}");
}

int nvm_dsm_format(const struct nvm_dsm *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "dsm", nvm_dsm_fmt, s);
}

static void nvm_flush_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvm_flush *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", nvm_sqe_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " cdw10={");
	for (i = 0; i < 6; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cdw10[i]);
	pv_fmt_add(fm, "}");
}

int nvm_flush_format(const struct nvm_flush *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "flush", nvm_flush_fmt, s);
}

static void nvm_dsm_range_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvm_dsm_range *s = p;

	pv_fmt_add(fm, " cattr=%llu", (unsigned long long)s->cattr);
	pv_fmt_add(fm, " nlb=%llu", (unsigned long long)s->nlb);
	pv_fmt_add(fm, " slba=0x%llx", (unsigned long long)s->slba);
}

int nvm_dsm_range_format(const struct nvm_dsm_range *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "dsm_range", nvm_dsm_range_fmt, s);
}

/* Printers by table row and variant. */
static void (*const nvm_msg_fmts[][1])(struct pv_fmt *, const void *) = {
	{nvm_flush_fmt},	/* FLUSH */
	{nvm_rw_fmt},	/* WRITE */
	{nvm_rw_fmt},	/* READ */
	{nvm_rw_fmt},	/* COMPARE */
	{nvm_write_zeroes_fmt},	/* WRITE_ZEROES */
	{nvm_dsm_fmt},	/* DATASET_MANAGEMENT */
	{nvm_rw_fmt},	/* VERIFY */
};

int nvm_msg_format(const struct nvm_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = nvm_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 1 || !nvm_msg_fmts[d - nvm_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		nvm_msg_fmts[d - nvm_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
