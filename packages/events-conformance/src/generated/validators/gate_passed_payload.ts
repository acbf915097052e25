// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/gate_passed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for a CI gate that concluded successfully.\n\nAttached to a generic Event with event_type='GatePassed'.","properties":{"check_run_id":{"description":"GitHub check run ID","exclusiveMinimum":0,"title":"Check Run Id","type":"integer"},"check_run_url":{"description":"URL of the GitHub check run","format":"uri","minLength":1,"title":"Check Run Url","type":"string"},"conclusion":{"const":"success","description":"Allowed GitHub check_run conclusion for passed gates.","title":"Conclusion","type":"string"},"delivery_id":{"description":"Webhook delivery ID used as idempotency key","minLength":1,"title":"Delivery Id","type":"string"},"external_provider":{"const":"github","description":"External CI provider. Currently only 'github' is supported.","title":"External Provider","type":"string"},"gate_name":{"description":"Name of the CI gate (e.g., 'ci/build', 'ci/lint')","minLength":1,"title":"Gate Name","type":"string"},"gate_type":{"const":"ci","description":"Type of gate. Currently only 'ci' is supported.","title":"Gate Type","type":"string"},"pr_number":{"anyOf":[{"exclusiveMinimum":0,"type":"integer"},{"type":"null"}],"default":null,"description":"Pull request number, if the gate is associated with a PR","title":"Pr Number"}},"required":["gate_name","gate_type","conclusion","external_provider","check_run_id","check_run_url","delivery_id"],"title":"GatePassedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func73 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/gate_passed_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.gate_name === undefined) || (!(func0.call(data, "gate_name")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gate_name"},message:"must have required property '"+"gate_name"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.gate_type === undefined) || (!(func0.call(data, "gate_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gate_type"},message:"must have required property '"+"gate_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.conclusion === undefined) || (!(func0.call(data, "conclusion")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conclusion"},message:"must have required property '"+"conclusion"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.external_provider === undefined) || (!(func0.call(data, "external_provider")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_provider"},message:"must have required property '"+"external_provider"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.check_run_id === undefined) || (!(func0.call(data, "check_run_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "check_run_id"},message:"must have required property '"+"check_run_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.check_run_url === undefined) || (!(func0.call(data, "check_run_url")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "check_run_url"},message:"must have required property '"+"check_run_url"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.check_run_id !== undefined && func0.call(data, "check_run_id")){
let data0 = data.check_run_id;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err7 = {instancePath:instancePath+"/check_run_id",schemaPath:"#/properties/check_run_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.check_run_id.type,parentSchema:schema31.properties.check_run_id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 <= 0 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/check_run_id",schemaPath:"#/properties/check_run_id/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.check_run_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.check_run_url !== undefined && func0.call(data, "check_run_url")){
let data1 = data.check_run_url;
if(typeof data1 === "string"){
if(func73(data1) < 1){
const err9 = {instancePath:instancePath+"/check_run_url",schemaPath:"#/properties/check_run_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.check_run_url,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/check_run_url",schemaPath:"#/properties/check_run_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.check_run_url.type,parentSchema:schema31.properties.check_run_url,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.conclusion !== undefined && func0.call(data, "conclusion")){
let data2 = data.conclusion;
if(typeof data2 !== "string"){
const err11 = {instancePath:instancePath+"/conclusion",schemaPath:"#/properties/conclusion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.conclusion.type,parentSchema:schema31.properties.conclusion,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("success" !== data2){
const err12 = {instancePath:instancePath+"/conclusion",schemaPath:"#/properties/conclusion/const",keyword:"const",params:{allowedValue: "success"},message:"must be equal to constant",schema:"success",parentSchema:schema31.properties.conclusion,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data3 = data.delivery_id;
if(typeof data3 === "string"){
if(func73(data3) < 1){
const err13 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.delivery_id,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.delivery_id.type,parentSchema:schema31.properties.delivery_id,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.external_provider !== undefined && func0.call(data, "external_provider")){
let data4 = data.external_provider;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.external_provider.type,parentSchema:schema31.properties.external_provider,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("github" !== data4){
const err16 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/const",keyword:"const",params:{allowedValue: "github"},message:"must be equal to constant",schema:"github",parentSchema:schema31.properties.external_provider,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.gate_name !== undefined && func0.call(data, "gate_name")){
let data5 = data.gate_name;
if(typeof data5 === "string"){
if(func73(data5) < 1){
const err17 = {instancePath:instancePath+"/gate_name",schemaPath:"#/properties/gate_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.gate_name,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/gate_name",schemaPath:"#/properties/gate_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.gate_name.type,parentSchema:schema31.properties.gate_name,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.gate_type !== undefined && func0.call(data, "gate_type")){
let data6 = data.gate_type;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/gate_type",schemaPath:"#/properties/gate_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.gate_type.type,parentSchema:schema31.properties.gate_type,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("ci" !== data6){
const err20 = {instancePath:instancePath+"/gate_type",schemaPath:"#/properties/gate_type/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant",schema:"ci",parentSchema:schema31.properties.gate_type,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.pr_number !== undefined && func0.call(data, "pr_number")){
let data7 = data.pr_number;
const _errs17 = errors;
let valid1 = false;
const _errs18 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err21 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.pr_number.anyOf[0].type,parentSchema:schema31.properties.pr_number.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 <= 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.pr_number.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
const _errs20 = errors;
if(data7 !== null){
const err23 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.pr_number.anyOf[1].type,parentSchema:schema31.properties.pr_number.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err24 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.pr_number.anyOf,parentSchema:schema31.properties.pr_number,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"check_run_id":true,"check_run_url":true,"conclusion":true,"delivery_id":true,"external_provider":true,"gate_name":true,"gate_type":true,"pr_number":true},"dynamicProps":false,"dynamicItems":false};
