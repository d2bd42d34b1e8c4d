#pragma once

#include "referral.h"
#include "sampledata.h"

namespace rd {

class SampleRandom;

// A made-up customer and the currency it thinks of its budget in.
struct SampleCustomer
{
    Customer customer; // all but the size, which comes with the referral's size band
    const SampleCurrency *currency = nullptr;
};

// A Korean customer (Korean name, KR address, +82 phones, KRW) or an English-speaking one in
// one of the data's countries, in the given industry. Names and domains are made up, domains
// under .example, phones in the ranges set aside for fiction where a country has them.
SampleCustomer sampleCustomer(SampleRandom &random, const SampleData &data, const SampleIndustry &industry,
                              bool korean);

} // namespace rd
