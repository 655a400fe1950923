package io.aigcnet.mechanism.contract.service;

import io.aigcnet.mechanism.contract.prosecutor.MaspAction;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;
import io.aigcnet.mechanism.contract.prosecutor.PaymentModel;

/**
 * The payment of one service round, post-paid with the OS²A actually measured in that round (not the OS²A the
 * contract anticipated), and what both sides obtained.
 *
 * @param contract     the contract offered at the handshake
 * @param measuredOs2a the fused OS²A of eq. (1) measured for this round
 * @param fee          I_M of eq. (13)
 * @param clientUtility U_C of eq. (14) (bounded reading)
 * @param maspUtility  U_SP of eq. (15) given what the MASP actually invested
 */
public record Settlement(PaymentContract contract, double measuredOs2a, double fee, double clientUtility, double maspUtility) {

    public static Settlement of(PaymentModel model, PaymentContract contract, MaspAction invested, double measuredOs2a) {
        if (!(measuredOs2a >= 0 && measuredOs2a <= 1))
            throw new IllegalArgumentException("measured OS2A must be in [0, 1], got " + measuredOs2a);
        return new Settlement(contract, measuredOs2a, PaymentModel.fee(contract, measuredOs2a), model.clientUtility(contract, measuredOs2a),
                model.maspUtility(contract, invested.compute(), invested.channelFee(), measuredOs2a));
    }
}
